using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Conferences;

/// <summary>
/// Published conferences. "Today" is the UTC date of the injected clock: a conference starting
/// today or later is upcoming; earlier or undated ones (the source text says they were hosted) are past.
/// </summary>
public sealed class ConferenceQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ConferenceList> ListAsync(CancellationToken cancellationToken)
    {
        var all = await db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock))
            .Select(c => new ConferenceListItem(c.Slug, c.Title, c.Topic, c.StartDate, c.EndDate, c.Venue))
            .ToListAsync(cancellationToken);

        var today = Today;
        var upcoming = all
            .Where(c => c.StartDate >= today)
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Title, StringComparer.CurrentCulture)
            .ToList();
        var past = all
            .Where(c => c.StartDate is null || c.StartDate < today)
            .OrderBy(c => c.StartDate is null)
            .ThenByDescending(c => c.StartDate)
            .ThenBy(c => c.Title, StringComparer.CurrentCulture)
            .ToList();
        return new ConferenceList(upcoming, past);
    }

    public async Task<ConferenceDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock))
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, c.Title, c.Topic, c.StartDate, c.EndDate, c.Venue, c.Description, c.WebsiteUrl })
            .FirstOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new ConferenceDetail(
                row.Slug,
                row.Title,
                string.IsNullOrWhiteSpace(row.Topic) ? null : row.Topic,
                row.StartDate,
                row.EndDate,
                string.IsNullOrWhiteSpace(row.Venue) ? null : row.Venue,
                markdown.Render(row.Description),
                !string.IsNullOrWhiteSpace(row.Description),
                WebLink(row.WebsiteUrl),
                row.StartDate >= Today);
    }

    /// <summary>Only http(s) addresses become links.</summary>
    internal static string? WebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
