using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>What the retention rule needs to know of a revision.</summary>
public sealed record RevisionStamp(long Id, string EntityType, int EntityId, int Number, DateTime AtUtc, PublicationStatus Status);

/// <summary>
/// The retention rule: every revision for <see cref="RevisionOptions.KeepAllDays"/> days, then
/// the latest of each day up to <see cref="RevisionOptions.KeepDailyDays"/> days, then none;
/// but never a revision saved while the record was Published, nor a record's newest revision
/// (which is also what a deleted record is restored from). <see cref="PruneAsync"/> is the one
/// entry point, free of hosting, so a caller (a background service, a lease holder) can wrap it.
/// </summary>
public sealed class RevisionRetention(AppDbContext db, TimeProvider clock, IOptions<RevisionOptions> options)
{
    private const int DeleteBatch = 500;

    /// <summary>The ids of the revisions the rule removes, given all revisions of the records concerned.</summary>
    public IReadOnlyList<long> SelectPrunable(IEnumerable<RevisionStamp> revisions)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var keepAllFrom = now.AddDays(-settings.KeepAllDays);
        var keepDailyFrom = now.AddDays(-Math.Max(settings.KeepDailyDays, settings.KeepAllDays));
        var prunable = new List<long>();
        foreach (var record in revisions.GroupBy(r => (r.EntityType, r.EntityId)))
        {
            var newest = record.Max(r => r.Number);
            var latestOfDay = record
                .Where(r => r.AtUtc >= keepDailyFrom)
                .GroupBy(r => r.AtUtc.Date)
                .Select(day => day.MaxBy(r => (r.AtUtc, r.Number))!.Id)
                .ToHashSet();
            prunable.AddRange(record
                .Where(r => r.Number != newest
                    && r.Status != PublicationStatus.Published
                    && r.AtUtc < keepAllFrom
                    && !latestOfDay.Contains(r.Id))
                .Select(r => r.Id));
        }

        return prunable;
    }

    /// <summary>Deletes what the rule allows and returns how many revisions went.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var keepAllFrom = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepAllDays);
        var revisions = db.Set<ContentRevision>().AsNoTracking();
        // Only records with a revision old enough to go need to be read (with all their revisions: the rule needs the newest).
        var candidates = revisions.Where(r => r.AtUtc < keepAllFrom && r.Status != PublicationStatus.Published);
        var stamps = await revisions
            .Where(r => candidates.Any(c => c.EntityType == r.EntityType && c.EntityId == r.EntityId))
            .Select(r => new RevisionStamp(r.Id, r.EntityType, r.EntityId, r.Number, r.AtUtc, r.Status))
            .ToListAsync(cancellationToken);
        var prunable = SelectPrunable(stamps);
        var deleted = 0;
        foreach (var batch in prunable.Chunk(DeleteBatch))
        {
            deleted += await db.Set<ContentRevision>().Where(r => batch.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }
}
