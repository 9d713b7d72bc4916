using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.News;

/// <summary>News records written straight to a test site's database (the admin forms have tests of their own).</summary>
internal static class NewsTestData
{
    public static async Task<NewsItem> AddAsync(SiteFactory site, string title, DateOnly publishedOn, PublicationStatus status = PublicationStatus.Published, Action<NewsItem>? more = null)
    {
        var item = new NewsItem
        {
            Title = title,
            Slug = "news-" + Guid.NewGuid().ToString("N")[..10],
            PublishedOn = publishedOn,
            Status = status,
        };
        more?.Invoke(item);
        await site.WithDbAsync(async db =>
        {
            db.NewsItems.Add(item);
            await db.SaveChangesAsync();
        });
        return item;
    }

    public static Task<(int Id, string Slug)> PublishedProgrammeAsync(SiteFactory site) =>
        site.WithDbAsync(db => db.Programmes.AsNoTracking().Where(p => p.Status == PublicationStatus.Published && p.PublishAtUtc == null)
            .OrderBy(p => p.Id).Select(p => ValueTuple.Create(p.Id, p.Slug)).FirstAsync());

    public static Task<(int Id, string Slug)> PublishedPartnerAsync(SiteFactory site) =>
        site.WithDbAsync(db => db.Partners.AsNoTracking().Where(p => p.Status == PublicationStatus.Published && p.PublishAtUtc == null && p.Country!.Status == PublicationStatus.Published)
            .OrderBy(p => p.Id).Select(p => ValueTuple.Create(p.Id, p.Slug)).FirstAsync());
}
