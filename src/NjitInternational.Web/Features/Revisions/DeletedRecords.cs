using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>Records deleted and not restored since: each one's deletion revision.</summary>
public sealed class DeletedRecords(AppDbContext db)
{
    public const int MaxListed = 200;

    public async Task<DeletedRecordsPage> ListAsync(ContentType? filter, string? error, CancellationToken cancellationToken)
    {
        var deleted = db.Set<ContentRevision>().AsNoTracking().Where(r => r.IsDeleted && r.RestoredAtUtc == null);
        var counts = await deleted.GroupBy(r => r.EntityType).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (filter is not null)
        {
            deleted = deleted.Where(r => r.EntityType == filter.Name);
        }

        var rows = await deleted.OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Take(MaxListed)
            .Select(r => new { r.Id, r.EntityType, r.EntityId, r.Title, r.AtUtc, r.UserName, r.Status })
            .ToListAsync(cancellationToken);
        return new DeletedRecordsPage(
            filter,
            [.. rows.Where(r => RevisionedTypes.ByName(r.EntityType) is not null)
                .Select(r => new DeletedRecordRow(r.Id, RevisionedTypes.ByName(r.EntityType)!, r.EntityId, r.Title, r.AtUtc, r.UserName, r.Status))],
            counts,
            error);
    }
}
