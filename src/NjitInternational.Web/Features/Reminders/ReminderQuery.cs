using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Reminders;

/// <summary>
/// Agreement end dates and review-by dates of every content type, "today" being the date in
/// Nanjing. One query per content type; archived records are left out (nothing to review).
/// </summary>
public sealed class ReminderQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>The dashboard lists agreements ending within this many days (and those already ended).</summary>
    public const int AgreementWarningDays = 90;

    public static readonly IReadOnlyList<string> SortOrders = ["date", "date-desc", "type"];

    private sealed record Row(int Id, string Title, DateOnly Date, PublicationStatus Status);

    /// <summary>What the dashboard shows: agreements ending in the next 90 days or already ended, and overdue reviews.</summary>
    public async Task<ReminderPanels> GetPanelsAsync(CancellationToken cancellationToken)
    {
        var today = ApplicationWindow.TodayInNanjing(clock);
        var all = await GetAllAsync(today, today.AddDays(AgreementWarningDays), today.AddDays(-1), cancellationToken);
        return new ReminderPanels(
            [.. all.Where(r => r.Kind == ReminderKind.AgreementEnds).OrderBy(r => r.Date)],
            [.. all.Where(r => r.Kind == ReminderKind.ReviewBy).OrderBy(r => r.Date)],
            today);
    }

    /// <summary>Every reminder, sorted by date (default), latest date first, or by content type then date.</summary>
    public async Task<(IReadOnlyList<ReminderItem> Items, string Sort, DateOnly Today)> GetAllAsync(string? sort, CancellationToken cancellationToken)
    {
        var today = ApplicationWindow.TodayInNanjing(clock);
        var order = SortOrders.Contains(sort ?? string.Empty, StringComparer.Ordinal) ? sort! : "date";
        var items = await GetAllAsync(today, null, null, cancellationToken);
        IEnumerable<ReminderItem> sorted = order switch
        {
            "date-desc" => items.OrderByDescending(r => r.Date).ThenBy(r => r.Title, StringComparer.CurrentCulture),
            "type" => items.OrderBy(r => r.ContentType, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Date),
            _ => items.OrderBy(r => r.Date).ThenBy(r => r.Title, StringComparer.CurrentCulture),
        };
        return ([.. sorted], order, today);
    }

    private async Task<List<ReminderItem>> GetAllAsync(DateOnly today, DateOnly? agreementsUntil, DateOnly? reviewsUntil, CancellationToken cancellationToken)
    {
        var items = new List<ReminderItem>();
        var agreements = db.Partners.AsNoTracking()
            .Where(p => p.AgreementValidUntil != null && p.Status != PublicationStatus.Archived);
        if (agreementsUntil is { } until)
        {
            agreements = agreements.Where(p => p.AgreementValidUntil <= until);
        }

        foreach (var row in await agreements.Select(p => new Row(p.Id, p.Name, p.AgreementValidUntil!.Value, p.Status)).ToListAsync(cancellationToken))
        {
            items.Add(Item(ReminderKind.AgreementEnds, ContentTypes.Partner, row, today));
        }

        foreach (var type in ContentTypes.All.Where(t => t.InReminders))
        {
            items.AddRange(await ReviewsAsync(type, today, reviewsUntil, cancellationToken));
        }

        return items;
    }

    private async Task<IEnumerable<ReminderItem>> ReviewsAsync(ContentType type, DateOnly today, DateOnly? until, CancellationToken cancellationToken)
    {
        var query = type.Summaries(db).Where(e => e.ReviewBy != null && e.Status != PublicationStatus.Archived);
        if (until is { } last)
        {
            query = query.Where(e => e.ReviewBy <= last);
        }

        var rows = await query.Select(e => new Row(e.Id, e.Title, e.ReviewBy!.Value, e.Status)).ToListAsync(cancellationToken);
        return rows.Select(r => Item(ReminderKind.ReviewBy, type, r, today));
    }

    private static ReminderItem Item(ReminderKind kind, ContentType type, Row row, DateOnly today) =>
        new(kind, type.Plural, row.Title, row.Date, row.Date.DayNumber - today.DayNumber, type.EditPath(row.Id), row.Status);
}
