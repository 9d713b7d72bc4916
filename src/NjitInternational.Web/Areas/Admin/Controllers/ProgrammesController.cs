using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/programmes")]
public sealed class ProgrammesController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, ContentOptions options)
    : ContentAdminController<Programme, ProgrammeEditInput>(db, store, fields, clock)
{
    protected override ContentType<Programme> Info => ContentTypes.Programme;

    protected override ContentCsvMap<Programme> CsvExport => ProgrammeCsv.Export;

    protected override bool CanImport => true;

    protected override string? DetailHeading => "Discipline";

    protected override Expression<Func<Programme, ContentListRow>> ListRow =>
        p => new ContentListRow(p.Id, p.Title, p.Discipline, p.Status, p.UpdatedAtUtc, p.UpdatedBy, p.ConcurrencyStamp);

    protected override IQueryable<Programme> WithDetails(IQueryable<Programme> records) => records.Include(p => p.Partners);

    protected override ProgrammeEditInput ToInput(Programme entity) => ProgrammeMapping.ToInput(entity);

    protected override void Apply(ProgrammeEditInput input, Programme entity) => ProgrammeMapping.Apply(input, entity);

    protected override async Task ValidateMoreAsync(ProgrammeEditInput input, int? id, CancellationToken cancellationToken)
    {
        var ids = input.PartnerIds.Distinct().ToList();
        if (ids.Count > 0 && await Db.Partners.CountAsync(p => ids.Contains(p.Id), cancellationToken) != ids.Count)
        {
            ModelState.AddModelError(nameof(input.PartnerIds), "Choose partners from the list.");
        }

        if (input.ApplicationOpens is { } opens && input.ApplicationCloses is { } closes && closes < opens)
        {
            ModelState.AddModelError(nameof(input.ApplicationCloses), "Applications cannot close before they open.");
        }
    }

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) =>
        new() { Partners = await options.PartnersAsync(cancellationToken) };
}
