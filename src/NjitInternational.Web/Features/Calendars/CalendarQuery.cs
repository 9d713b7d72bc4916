using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Calendars;

/// <summary>
/// The events of the site's calendars: every published programme's application window (an
/// "applications open" and an "applications close" event, each only where its date is set) and
/// every published conference with a start date. Visibility is <see cref="PublishedQueries"/>'s
/// rule, and the programme filter is the catalogue's own (<see cref="ProgrammeCatalogueQuery.PublishedMatching"/>),
/// so the calendar and the catalogue list the same programmes for the same query string.
/// </summary>
public sealed class CalendarQuery(AppDbContext db, ProgrammeCatalogueQuery catalogue, TimeProvider clock)
{
    private sealed record ProgrammeRow(int Id, string Slug, LocalizedText Title, LocalizedText? Summary, DateOnly? Opens, DateOnly? Closes, DateTime UpdatedAtUtc);

    private sealed record ConferenceRow(int Id, string Slug, LocalizedText Title, LocalizedText? Topic, DateOnly? Start, DateOnly? End, DateTime UpdatedAtUtc);

    /// <summary>
    /// The site calendar. A filter describes programmes, so a filtered calendar holds programmes
    /// only; the unfiltered one adds the conferences.
    /// </summary>
    public async Task<IReadOnlyList<CalendarEntry>> GetSiteCalendarAsync(ProgrammeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var programmes = await ProjectProgrammes(catalogue.PublishedMatching(filter)).ToListAsync(cancellationToken);
        var conferences = filter.IsEmpty
            ? await ProjectConferences(db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock))).ToListAsync(cancellationToken)
            : [];
        return [.. programmes.SelectMany(ToEntries).Concat(conferences.Select(ToEntry))
            .OrderBy(e => e.Start).ThenBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.RecordKey, StringComparer.Ordinal)];
    }

    /// <summary>One programme's window; null when no published programme with a window has the slug.</summary>
    public async Task<IReadOnlyList<CalendarEntry>?> GetProgrammeAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await ProjectProgrammes(db.Programmes.AsNoTracking().Published(PublishedQueries.Now(clock)).Where(p => p.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : [.. ToEntries(row)];
    }

    /// <summary>One conference's dates; null when no published, dated conference has the slug.</summary>
    public async Task<IReadOnlyList<CalendarEntry>?> GetConferenceAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await ProjectConferences(db.Conferences.AsNoTracking().Published(PublishedQueries.Now(clock)).Where(c => c.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : [ToEntry(row)];
    }

    private static IQueryable<ProgrammeRow> ProjectProgrammes(IQueryable<Programme> query) =>
        query.Where(p => p.ApplicationOpens != null || p.ApplicationCloses != null)
            .Select(p => new ProgrammeRow(p.Id, p.Slug, LocalizedText.Of(p.Title, p.TitleZh), LocalizedText.Pick(p.Summary, p.SummaryZh), p.ApplicationOpens, p.ApplicationCloses, p.UpdatedAtUtc));

    private static IQueryable<ConferenceRow> ProjectConferences(IQueryable<Conference> query) =>
        query.Where(c => c.StartDate != null)
            .Select(c => new ConferenceRow(c.Id, c.Slug, LocalizedText.Of(c.Title, c.TitleZh), LocalizedText.Pick(c.Topic, c.TopicZh), c.StartDate, c.EndDate, c.UpdatedAtUtc));

    private static IEnumerable<CalendarEntry> ToEntries(ProgrammeRow row)
    {
        var key = $"programme-{row.Id}";
        var path = $"/programmes/{row.Slug}";
        if (row.Opens is { } opens)
        {
            yield return new CalendarEntry(key, CalendarEntryKind.ApplicationsOpen, row.Title.Text, row.Summary?.Text, opens, null, path, row.UpdatedAtUtc);
        }

        if (row.Closes is { } closes)
        {
            yield return new CalendarEntry(key, CalendarEntryKind.ApplicationsClose, row.Title.Text, row.Summary?.Text, closes, null, path, row.UpdatedAtUtc);
        }
    }

    private static CalendarEntry ToEntry(ConferenceRow row) =>
        new($"conference-{row.Id}", CalendarEntryKind.Conference, row.Title.Text, row.Topic?.Text, row.Start!.Value, row.End, $"/conferences/{row.Slug}", row.UpdatedAtUtc);
}
