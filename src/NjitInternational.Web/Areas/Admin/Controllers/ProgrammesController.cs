using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/programmes")]
public sealed class ProgrammesController(AppDbContext db, ContentStore store, ContentFieldReader fields, ContentOptions options)
    : ContentAdminController<Programme, ProgrammeEditInput>(db, store, fields)
{
    protected override ContentTypeInfo Info { get; } = new("programme", "Programmes", "/admin/programmes", "/admin/preview/programmes");

    protected override Expression<Func<Programme, string>> TitleField => p => p.Title;

    protected override string? DetailHeading => "Discipline";

    protected override Expression<Func<Programme, ContentListRow>> ListRow =>
        p => new ContentListRow(p.Id, p.Title, p.Discipline, p.Status, p.UpdatedAtUtc, p.UpdatedBy, p.ConcurrencyStamp);

    protected override IQueryable<Programme> WithDetails(IQueryable<Programme> records) => records.Include(p => p.Partners);

    protected override ProgrammeEditInput ToInput(Programme entity) => new()
    {
        Title = entity.Title,
        TitleZh = entity.TitleZh,
        Slug = entity.Slug,
        Kind = entity.Kind,
        Direction = entity.Direction,
        PartnerIds = [.. entity.Partners.Select(p => p.PartnerId).Order()],
        Discipline = entity.Discipline,
        DisciplineZh = entity.DisciplineZh,
        DegreesAwarded = entity.DegreesAwarded,
        DegreesAwardedZh = entity.DegreesAwardedZh,
        StudyMode = entity.StudyMode,
        Duration = entity.Duration,
        DurationZh = entity.DurationZh,
        LanguageOfInstruction = entity.LanguageOfInstruction,
        LanguageOfInstructionZh = entity.LanguageOfInstructionZh,
        RunningSince = entity.RunningSince,
        Summary = entity.Summary,
        SummaryZh = entity.SummaryZh,
        Description = entity.Description,
        DescriptionZh = entity.DescriptionZh,
        HowToApply = entity.HowToApply,
        HowToApplyZh = entity.HowToApplyZh,
        ApplicationOpens = entity.ApplicationOpens,
        ApplicationCloses = entity.ApplicationCloses,
        IsFeatured = entity.IsFeatured,
    };

    protected override void Apply(ProgrammeEditInput input, Programme entity)
    {
        entity.Title = input.Title.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Slug = input.Slug!;
        entity.Kind = input.Kind;
        entity.Direction = input.Direction;
        entity.Discipline = input.Discipline?.Trim();
        entity.DisciplineZh = ChineseText.Normalize(input.DisciplineZh);
        entity.DegreesAwarded = input.DegreesAwarded?.Trim();
        entity.DegreesAwardedZh = ChineseText.Normalize(input.DegreesAwardedZh);
        entity.StudyMode = input.StudyMode?.Trim();
        entity.Duration = input.Duration?.Trim();
        entity.DurationZh = ChineseText.Normalize(input.DurationZh);
        entity.LanguageOfInstruction = input.LanguageOfInstruction?.Trim();
        entity.LanguageOfInstructionZh = ChineseText.Normalize(input.LanguageOfInstructionZh);
        entity.RunningSince = input.RunningSince;
        entity.Summary = input.Summary;
        entity.SummaryZh = ChineseText.Normalize(input.SummaryZh);
        entity.Description = input.Description;
        entity.DescriptionZh = ChineseText.Normalize(input.DescriptionZh);
        entity.HowToApply = input.HowToApply;
        entity.HowToApplyZh = ChineseText.Normalize(input.HowToApplyZh);
        entity.ApplicationOpens = input.ApplicationOpens;
        entity.ApplicationCloses = input.ApplicationCloses;
        entity.IsFeatured = input.IsFeatured;

        var wanted = input.PartnerIds.ToHashSet();
        entity.Partners.RemoveAll(p => !wanted.Contains(p.PartnerId));
        foreach (var partnerId in wanted.Where(id => entity.Partners.All(p => p.PartnerId != id)))
        {
            entity.Partners.Add(new ProgrammePartner { PartnerId = partnerId });
        }
    }

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

    protected override async Task PrepareFormAsync(CancellationToken cancellationToken) =>
        ViewData["Partners"] = await options.PartnersAsync(cancellationToken);
}
