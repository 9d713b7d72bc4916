using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/conferences")]
public sealed class ConferencesController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock)
    : ContentAdminController<Conference, ConferenceEditInput>(db, store, fields, clock)
{
    protected override ContentType<Conference> Info => ContentTypes.Conference;

    protected override string? DetailHeading => "Venue";

    protected override Expression<Func<Conference, ContentListRow>> ListRow =>
        c => new ContentListRow(c.Id, c.Title, c.Venue, c.Status, c.UpdatedAtUtc, c.UpdatedBy, c.ConcurrencyStamp);

    protected override ConferenceEditInput ToInput(Conference entity) => new()
    {
        Title = entity.Title,
        TitleZh = entity.TitleZh,
        Slug = entity.Slug,
        Topic = entity.Topic,
        TopicZh = entity.TopicZh,
        StartDate = entity.StartDate,
        EndDate = entity.EndDate,
        Venue = entity.Venue,
        VenueZh = entity.VenueZh,
        Description = entity.Description,
        DescriptionZh = entity.DescriptionZh,
        WebsiteUrl = entity.WebsiteUrl,
    };

    protected override void Apply(ConferenceEditInput input, Conference entity)
    {
        entity.Title = input.Title.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Slug = input.Slug!;
        entity.Topic = input.Topic?.Trim();
        entity.TopicZh = ChineseText.Normalize(input.TopicZh);
        entity.StartDate = input.StartDate;
        entity.EndDate = input.EndDate;
        entity.Venue = input.Venue?.Trim();
        entity.VenueZh = ChineseText.Normalize(input.VenueZh);
        entity.Description = input.Description;
        entity.DescriptionZh = ChineseText.Normalize(input.DescriptionZh);
        entity.WebsiteUrl = input.WebsiteUrl?.Trim();
    }

    protected override Task ValidateMoreAsync(ConferenceEditInput input, int? id, CancellationToken cancellationToken)
    {
        if (input.StartDate is { } start && input.EndDate is { } end && end < start)
        {
            ModelState.AddModelError(nameof(input.EndDate), "The end date cannot be before the start date.");
        }

        return Task.CompletedTask;
    }
}
