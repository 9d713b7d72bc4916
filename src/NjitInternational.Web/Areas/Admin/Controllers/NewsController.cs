using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/news")]
public sealed class NewsController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, ContentOptions options, MediaLibrary media)
    : ContentAdminController<NewsItem, NewsEditInput>(db, store, fields, clock)
{
    protected override ContentType<NewsItem> Info => ContentTypes.News;

    protected override string? DetailHeading => "Address";

    protected override Expression<Func<NewsItem, ContentListRow>> ListRow =>
        n => new ContentListRow(n.Id, n.Title, n.Slug, n.Status, n.UpdatedAtUtc, n.UpdatedBy, n.ConcurrencyStamp);

    protected override IQueryable<NewsItem> WithDetails(IQueryable<NewsItem> records) =>
        records.Include(n => n.Programmes).Include(n => n.Partners);

    /// <summary>The form's fields, with the linked programmes and partners loaded for their columns.</summary>
    protected override ContentCsvMap<NewsItem> CsvExport => base.CsvExport with { Include = WithDetails };

    protected override NewsEditInput ToInput(NewsItem entity) => new()
    {
        Title = entity.Title,
        TitleZh = entity.TitleZh,
        Slug = entity.Slug,
        PublishedOn = entity.PublishedOn,
        Summary = entity.Summary,
        SummaryZh = entity.SummaryZh,
        Body = entity.Body,
        BodyZh = entity.BodyZh,
        ImageMediaId = entity.ImageMediaId,
        ProgrammeIds = [.. entity.Programmes.Select(p => p.ProgrammeId).Order()],
        PartnerIds = [.. entity.Partners.Select(p => p.PartnerId).Order()],
    };

    protected override void Apply(NewsEditInput input, NewsItem entity)
    {
        entity.Title = input.Title.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Slug = input.Slug!;
        entity.PublishedOn = input.PublishedOn!.Value;
        entity.Summary = input.Summary?.Trim();
        entity.SummaryZh = ChineseText.Normalize(input.SummaryZh);
        entity.Body = input.Body;
        entity.BodyZh = ChineseText.Normalize(input.BodyZh);
        entity.ImageMediaId = input.ImageMediaId;

        var programmes = input.ProgrammeIds.ToHashSet();
        entity.Programmes.RemoveAll(l => !programmes.Contains(l.ProgrammeId));
        entity.Programmes.AddRange(programmes.Where(id => entity.Programmes.All(l => l.ProgrammeId != id)).Select(id => new NewsProgramme { ProgrammeId = id }));

        var partners = input.PartnerIds.ToHashSet();
        entity.Partners.RemoveAll(l => !partners.Contains(l.PartnerId));
        entity.Partners.AddRange(partners.Where(id => entity.Partners.All(l => l.PartnerId != id)).Select(id => new NewsPartner { PartnerId = id }));
    }

    protected override async Task ValidateMoreAsync(NewsEditInput input, int? id, CancellationToken cancellationToken)
    {
        await RequireLibraryImageAsync(media, input.ImageMediaId, nameof(input.ImageMediaId), cancellationToken);

        var programmeIds = input.ProgrammeIds.Distinct().ToList();
        if (programmeIds.Count > 0 && await Db.Programmes.CountAsync(p => programmeIds.Contains(p.Id), cancellationToken) != programmeIds.Count)
        {
            ModelState.AddModelError(nameof(input.ProgrammeIds), "Choose programmes from the list.");
        }

        var partnerIds = input.PartnerIds.Distinct().ToList();
        if (partnerIds.Count > 0 && await Db.Partners.CountAsync(p => partnerIds.Contains(p.Id), cancellationToken) != partnerIds.Count)
        {
            ModelState.AddModelError(nameof(input.PartnerIds), "Choose partners from the list.");
        }
    }

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) => new()
    {
        Media = await media.ChoicesAsync(cancellationToken),
        Partners = await options.PartnersAsync(cancellationToken),
        Programmes = [.. (await Db.Programmes.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken))
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture)))],
    };
}
