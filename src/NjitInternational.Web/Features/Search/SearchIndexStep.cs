using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// Keeps site search's <see cref="SearchDocument"/> rows in step with every save of a searchable
/// record or a join row it owns (editor, CSV import, revision restore, scheduler, seeding): the
/// records' rows are written again after the save, in its transaction, so search never shows what
/// the save undid. Visibility over time needs no step: the rows carry status and window, and the
/// query applies the published rule at its own "now".
/// </summary>
public sealed class SearchIndexStep : SaveStep
{
    public override void BeforeSave(SaveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Context is not AppDbContext)
        {
            return;
        }

        var pending = new List<PendingRecord>();
        foreach (var entry in batch.Entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (ContentTypes.ForEntity(entry.Entity) is not { InSearch: true } type)
            {
                continue;
            }

            if (entry.Entity is ContentEntity record && type.EntityType == entry.Metadata.ClrType)
            {
                pending.Add(new PendingRecord(type, () => record.Id));
            }
            else if (entry.Metadata.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalEntityType.ClrType == type.EntityType) is { } owner)
            {
                // An owned join row (a programme's partner): its owner's row changes. A deleted row's
                // key is read now, while the entry still has it; an added one's after the save assigns it.
                var property = owner.Properties[0].Name;
                var deletedOwnerId = entry.State == EntityState.Deleted ? entry.Property(property).OriginalValue as int? : null;
                pending.Add(new PendingRecord(type, () => deletedOwnerId ?? (int)entry.Property(property).CurrentValue!));
            }
        }

        if (pending.Count > 0)
        {
            batch.Keep(this, pending);
            batch.WillWriteRows();
        }
    }

    public override void AfterSave(SaveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var (type, ids) in Changed(batch))
        {
            batch.Rows.AddRange(SearchIndexer.Reindex((AppDbContext)batch.Context, type, ids));
        }
    }

    public override async ValueTask AfterSaveAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var (type, ids) in Changed(batch))
        {
            batch.Rows.AddRange(await SearchIndexer.ReindexAsync((AppDbContext)batch.Context, type, ids, cancellationToken));
        }
    }

    /// <summary>The rows written are not needed afterwards: a long-lived context (a CSV import) does not keep them.</summary>
    public override void AfterCommit(SaveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Kept<List<PendingRecord>>(this) is null)
        {
            return;
        }

        foreach (var entry in batch.Context.ChangeTracker.Entries<SearchDocument>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private IEnumerable<(ContentType Type, List<int> Ids)> Changed(SaveBatch batch) =>
        (batch.Kept<List<PendingRecord>>(this) ?? [])
            .GroupBy(p => p.Type)
            .Select(g => (g.Key, g.Select(p => p.Id()).Distinct().ToList()));

    private sealed record PendingRecord(ContentType Type, Func<int> Id);
}
