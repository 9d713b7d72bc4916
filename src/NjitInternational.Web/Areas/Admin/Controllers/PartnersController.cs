using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/partners")]
public sealed class PartnersController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, ContentOptions options, MediaLibrary media)
    : ContentAdminController<Partner, PartnerEditInput>(db, store, fields, clock)
{
    protected override ContentType<Partner> Info => ContentTypes.Partner;

    protected override ContentCsvMap<Partner> CsvExport => PartnerCsv.Export;

    protected override bool CanImport => true;

    protected override string? DetailHeading => "Country or region";

    protected override Expression<Func<Partner, ContentListRow>> ListRow =>
        p => new ContentListRow(p.Id, p.Name, p.Country!.Name, p.Status, p.UpdatedAtUtc, p.UpdatedBy, p.ConcurrencyStamp);

    protected override IQueryable<Partner> WithDetails(IQueryable<Partner> records) => records.Include(p => p.PartnershipKinds);

    protected override PartnerEditInput ToInput(Partner entity) => PartnerMapping.ToInput(entity);

    protected override void Apply(PartnerEditInput input, Partner entity) => PartnerMapping.Apply(input, entity);

    protected override async Task ValidateMoreAsync(PartnerEditInput input, int? id, CancellationToken cancellationToken)
    {
        if (input.CountryId is { } countryId && !await Db.Countries.AnyAsync(c => c.Id == countryId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.CountryId), "Choose a country or region from the list.");
        }

        await RequireLibraryImageAsync(media, input.LogoMediaId, nameof(input.LogoMediaId), cancellationToken);
    }

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) => new()
    {
        Countries = await options.CountriesAsync(cancellationToken),
        Media = await media.ChoicesAsync(cancellationToken),
    };

    protected override async Task<List<string>> DependentsAsync(int id, CancellationToken cancellationToken)
    {
        var programmes = await Db.ProgrammePartners.Where(pp => pp.PartnerId == id)
            .OrderBy(pp => pp.Programme!.Title).Select(pp => "Programme: " + pp.Programme!.Title).ToListAsync(cancellationToken);
        var alliances = await Db.AllianceMembers.Where(m => m.PartnerId == id)
            .OrderBy(m => m.Alliance!.Name).Select(m => "Alliance membership: " + m.Alliance!.Name).ToListAsync(cancellationToken);
        return [.. programmes, .. alliances];
    }
}
