using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/pages")]
public sealed class PagesController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, MediaLibrary media)
    : ContentAdminController<Page, PageEditInput>(db, store, fields, clock)
{
    protected override ContentType<Page> Info => ContentTypes.Page;

    protected override string? DetailHeading => "Address";

    protected override Expression<Func<Page, ContentListRow>> ListRow =>
        p => new ContentListRow(p.Id, p.Title, p.Slug, p.Status, p.UpdatedAtUtc, p.UpdatedBy, p.ConcurrencyStamp);

    protected override PageEditInput ToInput(Page entity) => new()
    {
        Title = entity.Title,
        TitleZh = entity.TitleZh,
        Slug = entity.Slug,
        Summary = entity.Summary,
        SummaryZh = entity.SummaryZh,
        Body = entity.Body,
        ImageMediaId = entity.ImageMediaId,
        BodyZh = entity.BodyZh,
    };

    protected override void Apply(PageEditInput input, Page entity)
    {
        entity.Title = input.Title.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Slug = input.Slug!;
        entity.Summary = input.Summary;
        entity.SummaryZh = ChineseText.Normalize(input.SummaryZh);
        entity.Body = input.Body;
        entity.ImageMediaId = input.ImageMediaId;
        entity.BodyZh = ChineseText.Normalize(input.BodyZh);
    }

    protected override async Task ValidateMoreAsync(PageEditInput input, int? id, CancellationToken cancellationToken)
    {
        await RequireLibraryImageAsync(media, input.ImageMediaId, nameof(input.ImageMediaId), cancellationToken);
    }

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) =>
        new() { Media = await media.ChoicesAsync(cancellationToken) };
}
