using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Conferences;

/// <summary>
/// Published conferences. "Today" is the date in Nanjing (China Standard Time, the rule of
/// <see cref="ApplicationWindow.TodayInNanjing"/>): a conference starting today or later is upcoming;
/// earlier or undated ones (the source text says they were hosted) are past.
/// </summary>
public sealed class ConferenceQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    public DateOnly Today => ApplicationWindow.TodayInNanjing(clock);

    public async Task<ConferenceList> ListAsync(CancellationToken cancellationToken)
    {
        var all = await db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock))
            .Select(c => new ConferenceListItem(c.Slug, LocalizedText.Of(c.Title, c.TitleZh), LocalizedText.Pick(c.Topic, c.TopicZh), c.StartDate, c.EndDate, LocalizedText.Pick(c.Venue, c.VenueZh)))
            .ToListAsync(cancellationToken);

        var today = Today;
        var upcoming = all
            .Where(c => c.StartDate >= today)
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Title.Text, StringComparer.CurrentCulture)
            .ToList();
        var past = all
            .Where(c => c.StartDate is null || c.StartDate < today)
            .OrderBy(c => c.StartDate is null)
            .ThenByDescending(c => c.StartDate)
            .ThenBy(c => c.Title.Text, StringComparer.CurrentCulture)
            .ToList();
        return new ConferenceList(upcoming, past);
    }

    public async Task<ConferenceDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock))
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, Title = LocalizedText.Of(c.Title, c.TitleZh), Topic = LocalizedText.Pick(c.Topic, c.TopicZh), c.StartDate, c.EndDate, Venue = LocalizedText.Pick(c.Venue, c.VenueZh), c.Description, c.DescriptionZh, c.WebsiteUrl })
            .FirstOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new ConferenceDetail(
                row.Slug,
                row.Title,
                string.IsNullOrWhiteSpace(row.Topic?.Text) ? null : row.Topic,
                row.StartDate,
                row.EndDate,
                string.IsNullOrWhiteSpace(row.Venue?.Text) ? null : row.Venue,
                markdown.RenderLocalized(row.Description, row.DescriptionZh),
                !string.IsNullOrWhiteSpace(row.Description) || !string.IsNullOrWhiteSpace(row.DescriptionZh),
                WebLink(row.WebsiteUrl),
                row.StartDate >= Today);
    }

    /// <summary>Only http(s) addresses become links.</summary>
    internal static string? WebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
