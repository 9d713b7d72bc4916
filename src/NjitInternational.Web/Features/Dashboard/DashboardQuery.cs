using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Dashboard;

/// <summary>The dashboard's figures: a fixed number of queries (one grouped count per content type).</summary>
public sealed class DashboardQuery(AppDbContext db, Translations.TranslationStatusQuery translations)
{
    public async Task<DashboardViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var counts = new List<ContentStatusCounts>();
        foreach (var type in ContentTypes.All.Where(t => t.OnDashboard))
        {
            counts.Add(await CountAsync(type.Plural, type.Records(db), cancellationToken));
        }

        var recent = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Take(10)
            .Select(a => new RecentChange(a.AtUtc, a.UserName, a.Action, a.EntityType, a.Summary))
            .ToListAsync(cancellationToken);

        var unread = await db.Enquiries.CountAsync(e => !e.IsRead, cancellationToken);
        var mail = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new DashboardViewModel(counts, recent, unread)
        {
            TranslationsToDo = await translations.CountAsync(cancellationToken),
            MailQueued = mail.FirstOrDefault(m => m.Key == OutboxStatus.Queued)?.Count ?? 0,
            MailFailed = mail.FirstOrDefault(m => m.Key == OutboxStatus.Failed)?.Count ?? 0,
        };
    }

    private static async Task<ContentStatusCounts> CountAsync(string label, IQueryable<ContentEntity> set, CancellationToken cancellationToken)
    {
        var rows = await set.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(PublicationStatus status) => rows.FirstOrDefault(r => r.Status == status)?.Count ?? 0;
        return new ContentStatusCounts(label, Of(PublicationStatus.Draft), Of(PublicationStatus.Published), Of(PublicationStatus.Archived));
    }
}
