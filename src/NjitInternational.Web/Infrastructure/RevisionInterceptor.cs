using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Revisions;

namespace NjitInternational.Web.Infrastructure;

/// <summary>
/// Keeps a <see cref="ContentRevision"/> of every content record each save creates, changes or
/// deletes: all field values as JSON, who, when and the status. New records only get their id
/// on insert, so revisions are added after the save and saved before the transaction commits
/// (the admin area's <c>ContentStore</c> transaction, or one begun here); a failed save writes
/// none. A delete's revision is captured before the delete and marked deleted, so the record
/// can be re-created from it.
/// </summary>
/// <remarks>
/// Registered before <see cref="AuditTrailInterceptor"/> so that, when no transaction is open,
/// this one begins it and commits it after both have written their rows. Under a retrying
/// execution strategy (SQL Server) a transaction cannot be begun here; outside ContentStore
/// (seeding, background jobs) the revisions are then written right after the save instead.
/// </remarks>
public sealed class RevisionInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, string> Notes = [];

    private readonly ConditionalWeakTable<DbContext, PendingRevisions> _pending = [];

    /// <summary>Attaches a note (e.g. "Restored from revision 3") to the revisions of the context's next save.</summary>
    public static void NoteNextSave(DbContext context, string note) => Notes.AddOrUpdate(context, note);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SavingAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await SavingAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task SavingAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || (_pending.TryGetValue(context, out var existing) && existing.Saving))
        {
            return;
        }

        var records = Collect(context);
        if (records.Count == 0)
        {
            Notes.Remove(context);
            return;
        }

        foreach (var record in records.Where(r => r.State == EntityState.Deleted))
        {
            // Read now: once the delete runs, the database cascades the owned rows away.
            record.Snapshot = RevisionSnapshot.Scalars(record.Entry, original: true);
            await RevisionSnapshot.AddStoredCollectionsAsync(context, record.Entry, record.Snapshot, cancellationToken);
        }

        var pending = new PendingRevisions(records, Notes.TryGetValue(context, out var note) ? note : null);
        Notes.Remove(context);
        if (context.Database.CurrentTransaction is null && !context.Database.CreateExecutionStrategy().RetriesOnFailure)
        {
            pending.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        _pending.AddOrUpdate(context, pending);
    }

    private static List<PendingRecord> Collect(DbContext context)
    {
        var entries = DetectChangesOnceInterceptor.Entries(context);
        var records = entries
            .Where(e => e.Entity is ContentEntity && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new PendingRecord(e, e.State, ChangedScalars(e)))
            .ToList();

        // Owned rows added or removed (a partnership kind, a programme's partner, an alliance member)
        // are a change of their owner's collection. Owners are looked up by type and id, not scanned
        // per row, so a bulk import of updates stays linear.
        var modified = records.Where(r => r.State == EntityState.Modified)
            .ToDictionary(r => (r.Entry.Metadata, ((ContentEntity)r.Entry.Entity).Id));
        var collections = modified.Keys.Select(k => k.Metadata).Distinct()
            .SelectMany(RevisionSnapshot.Collections)
            .ToLookup(c => c.TargetEntityType);
        if (collections.Count > 0)
        {
            foreach (var child in entries.Where(e => e.State is EntityState.Added or EntityState.Deleted))
            {
                foreach (var collection in collections[child.Metadata])
                {
                    var ownerKey = collection.ForeignKey.Properties.Select(p => child.State == EntityState.Deleted
                        ? child.Property(p.Name).OriginalValue
                        : child.Property(p.Name).CurrentValue).Single();
                    if (ownerKey is int id && modified.TryGetValue((collection.DeclaringEntityType, id), out var record))
                    {
                        record.ChangedFields.Add(collection.Name);
                    }
                }
            }
        }

        return records;
    }

    private static SortedSet<string> ChangedScalars(EntityEntry entry)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        if (entry.State != EntityState.Modified)
        {
            return changed;
        }

        foreach (var property in RevisionSnapshot.Fields(entry.Metadata))
        {
            var values = entry.Property(property.Name);
            if (values.IsModified && !Equals(values.OriginalValue, values.CurrentValue))
            {
                changed.Add(property.Name);
            }
        }

        return changed;
    }

    private async Task SavedAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Saving)
        {
            return;
        }

        try
        {
            pending.Saving = true;
            var revisions = await BuildAsync(context, pending, cancellationToken);
            if (revisions.Count > 0)
            {
                context.AddRange(revisions);
                await context.SaveChangesAsync(cancellationToken);
            }

            if (pending.OwnTransaction is not null)
            {
                await pending.OwnTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            Finish(context, pending);
        }
    }

    private async Task<List<ContentRevision>> BuildAsync(DbContext context, PendingRevisions pending, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = await LatestNumbersAsync(context, pending.Records.Where(r => r.State != EntityState.Added), cancellationToken);
        var changed = pending.Records.Where(record =>
        {
            // A save that changed nothing (only stamps) adds no revision, unless the record has none yet.
            var previous = latest.GetValueOrDefault((record.Entry.Metadata.ClrType.Name, ((ContentEntity)record.Entry.Entity).Id));
            return !(record.State == EntityState.Modified && record.ChangedFields.Count == 0 && previous > 0);
        }).ToList();
        var stored = await StoredCollectionsAsync(context, changed.Where(r => r.Snapshot is null && r.State != EntityState.Added), cancellationToken);
        var revisions = new List<ContentRevision>();
        foreach (var record in changed)
        {
            var entity = (ContentEntity)record.Entry.Entity;
            var type = record.Entry.Metadata.ClrType.Name;
            var previous = latest.GetValueOrDefault((type, entity.Id));
            JsonObject snapshot;
            if (record.Snapshot is not null)
            {
                snapshot = record.Snapshot;
            }
            else if (record.State == EntityState.Added)
            {
                snapshot = RevisionSnapshot.Scalars(record.Entry, original: false);
                RevisionSnapshot.AddTrackedCollections(record.Entry, snapshot);
            }
            else
            {
                snapshot = RevisionSnapshot.Scalars(record.Entry, original: false);
                foreach (var collection in RevisionSnapshot.Collections(record.Entry.Metadata))
                {
                    snapshot[collection.Name] = RevisionSnapshot.Items(collection, stored.GetValueOrDefault((record.Entry.Metadata, collection.Name, entity.Id)) ?? []);
                }
            }

            var title = RevisionSnapshot.TitleOf(snapshot) ?? $"{type} {entity.Id}";
            revisions.Add(new ContentRevision
            {
                EntityType = type,
                EntityId = entity.Id,
                Number = previous + 1,
                AtUtc = now,
                UserName = currentUser.UserName,
                Status = record.State == EntityState.Deleted ? (PublicationStatus)record.Entry.Property(nameof(ContentEntity.Status)).OriginalValue! : entity.Status,
                Title = title.Length > 300 ? title[..300] : title,
                IsDeleted = record.State == EntityState.Deleted,
                ChangedFields = record.State == EntityState.Modified && record.ChangedFields.Count > 0 ? string.Join(',', record.ChangedFields) : null,
                Note = pending.Note,
                SnapshotJson = snapshot.ToJsonString(RevisionSnapshot.Json),
            });
        }

        return revisions;
    }

    /// <summary>The owned collections of changed records as stored after the save: one query per content type and collection.</summary>
    private static async Task<Dictionary<(IEntityType Type, string Collection, int Id), List<object>>> StoredCollectionsAsync(
        DbContext context, IEnumerable<PendingRecord> records, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(IEntityType, string, int), List<object>>();
        foreach (var group in records.GroupBy(r => r.Entry.Metadata))
        {
            var ids = group.Select(r => ((ContentEntity)r.Entry.Entity).Id).ToList();
            foreach (var ((collection, id), children) in await RevisionSnapshot.LoadStoredCollectionsAsync(context, group.Key, ids, cancellationToken))
            {
                stored[(group.Key, collection, id)] = children;
            }
        }

        return stored;
    }

    /// <summary>The newest revision number of each changed or deleted record: one query per content type.</summary>
    private static async Task<Dictionary<(string Type, int Id), int>> LatestNumbersAsync(DbContext context, IEnumerable<PendingRecord> records, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<(string, int), int>();
        foreach (var group in records.GroupBy(r => r.Entry.Metadata.ClrType.Name))
        {
            var type = group.Key;
            var ids = group.Select(r => ((ContentEntity)r.Entry.Entity).Id).Distinct().ToList();
            var rows = await context.Set<ContentRevision>().AsNoTracking()
                .Where(r => r.EntityType == type && ids.Contains(r.EntityId))
                .GroupBy(r => r.EntityId)
                .Select(g => new { Id = g.Key, Number = g.Max(r => r.Number) })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                latest[(type, row.Id)] = row.Number;
            }
        }

        return latest;
    }

    private void Abandon(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        Notes.Remove(context);
        // The nested revision save fails inside SavedAsync, whose finally block cleans up.
        if (_pending.TryGetValue(context, out var pending) && !pending.Saving)
        {
            Finish(context, pending);
        }
    }

    private void Finish(DbContext context, PendingRevisions pending)
    {
        // Disposing an uncommitted transaction rolls it back.
        pending.OwnTransaction?.Dispose();
        _pending.Remove(context);
    }

    private sealed class PendingRecord(EntityEntry entry, EntityState state, SortedSet<string> changedFields)
    {
        public EntityEntry Entry { get; } = entry;

        public EntityState State { get; } = state;

        public SortedSet<string> ChangedFields { get; } = changedFields;

        public JsonObject? Snapshot { get; set; }
    }

    private sealed class PendingRevisions(List<PendingRecord> records, string? note)
    {
        public List<PendingRecord> Records { get; } = records;

        public string? Note { get; } = note;

        public bool Saving { get; set; }

        public IDbContextTransaction? OwnTransaction { get; set; }
    }
}
