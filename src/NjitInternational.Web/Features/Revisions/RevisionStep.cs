using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>
/// Keeps a <see cref="ContentRevision"/> of every content record each save creates, changes or
/// deletes: all field values as JSON, who, when and the status. New records only get their id
/// on insert, so the changes are collected before the save and the revisions added after it, in
/// the save's transaction (the admin area's <c>ContentStore</c> transaction, or the pipeline's);
/// a failed save writes none. A delete's revision is captured before the delete and marked
/// deleted, so the record can be re-created from it.
/// </summary>
public sealed class RevisionStep(TimeProvider clock, ICurrentUser currentUser) : SaveStep
{
    private readonly ConditionalWeakTable<DbContext, string> _notes = [];

    /// <summary>Attaches a note (e.g. "Restored from revision 3") to the revisions of the context's next save.</summary>
    public void NoteNextSave(DbContext context, string note) => _notes.AddOrUpdate(context, note);

    public override void BeforeSave(SaveBatch batch)
    {
        foreach (var record in Collect(batch)?.Records.Where(r => r.State == EntityState.Deleted) ?? [])
        {
            record.Snapshot = RevisionSnapshot.Scalars(record.Entry, original: true);
            RevisionSnapshot.AddStoredCollections(batch.Context, record.Entry, record.Snapshot);
        }
    }

    public override async ValueTask BeforeSaveAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        foreach (var record in Collect(batch)?.Records.Where(r => r.State == EntityState.Deleted) ?? [])
        {
            // Read now: once the delete runs, the database cascades the owned rows away.
            record.Snapshot = RevisionSnapshot.Scalars(record.Entry, original: true);
            await RevisionSnapshot.AddStoredCollectionsAsync(batch.Context, record.Entry, record.Snapshot, cancellationToken);
        }
    }

    public override void AfterSave(SaveBatch batch)
    {
        if (batch.Kept<PendingRevisions>(this) is not { } pending)
        {
            return;
        }

        var latest = LatestNumbers(batch.Context, pending.Records.Where(r => r.State != EntityState.Added));
        var changed = Changed(pending, latest);
        var stored = new Dictionary<(IEntityType, string, int), List<object>>();
        foreach (var group in StoredToLoad(changed))
        {
            AddStored(stored, group.Key, RevisionSnapshot.LoadStoredCollections(batch.Context, group.Key, group.Value));
        }

        batch.Rows.AddRange(Build(pending, changed, latest, stored));
    }

    public override async ValueTask AfterSaveAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Kept<PendingRevisions>(this) is not { } pending)
        {
            return;
        }

        var latest = await LatestNumbersAsync(batch.Context, pending.Records.Where(r => r.State != EntityState.Added), cancellationToken);
        var changed = Changed(pending, latest);
        var stored = new Dictionary<(IEntityType, string, int), List<object>>();
        foreach (var group in StoredToLoad(changed))
        {
            AddStored(stored, group.Key, await RevisionSnapshot.LoadStoredCollectionsAsync(batch.Context, group.Key, group.Value, cancellationToken));
        }

        batch.Rows.AddRange(Build(pending, changed, latest, stored));
    }

    private PendingRevisions? Collect(SaveBatch batch)
    {
        var note = _notes.TryGetValue(batch.Context, out var noted) ? noted : null;
        _notes.Remove(batch.Context);
        var records = CollectRecords(batch.Entries);
        if (records.Count == 0)
        {
            return null;
        }

        var pending = new PendingRevisions(records, note);
        batch.Keep(this, pending);
        batch.WillWriteRows();
        return pending;
    }

    private static List<PendingRecord> CollectRecords(IReadOnlyList<EntityEntry> entries)
    {
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

    /// <summary>A save that changed nothing (only stamps) adds no revision, unless the record has none yet.</summary>
    private static List<PendingRecord> Changed(PendingRevisions pending, Dictionary<(string Type, int Id), int> latest) =>
        pending.Records.Where(record =>
        {
            var previous = latest.GetValueOrDefault((record.Entry.Metadata.ClrType.Name, ((ContentEntity)record.Entry.Entity).Id));
            return !(record.State == EntityState.Modified && record.ChangedFields.Count == 0 && previous > 0);
        }).ToList();

    /// <summary>The changed records whose owned collections are read as stored after the save, by content type.</summary>
    private static Dictionary<IEntityType, List<int>> StoredToLoad(List<PendingRecord> changed) =>
        changed.Where(r => r.Snapshot is null && r.State != EntityState.Added)
            .GroupBy(r => r.Entry.Metadata)
            .ToDictionary(g => g.Key, g => g.Select(r => ((ContentEntity)r.Entry.Entity).Id).ToList());

    private static void AddStored(
        Dictionary<(IEntityType, string, int), List<object>> stored,
        IEntityType type,
        Dictionary<(string Collection, int OwnerId), List<object>> loaded)
    {
        foreach (var ((collection, id), children) in loaded)
        {
            stored[(type, collection, id)] = children;
        }
    }

    private List<ContentRevision> Build(
        PendingRevisions pending,
        List<PendingRecord> changed,
        Dictionary<(string Type, int Id), int> latest,
        Dictionary<(IEntityType Type, string Collection, int Id), List<object>> stored)
    {
        var now = clock.GetUtcNow().UtcDateTime;
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

    /// <summary>The newest revision number of each changed or deleted record: one query per content type.</summary>
    private static Dictionary<(string Type, int Id), int> LatestNumbers(DbContext context, IEnumerable<PendingRecord> records)
    {
        var latest = new Dictionary<(string, int), int>();
        foreach (var (type, query) in LatestNumberQueries(context, records))
        {
            foreach (var row in query.ToList())
            {
                latest[(type, row.Id)] = row.Number;
            }
        }

        return latest;
    }

    /// <inheritdoc cref="LatestNumbers"/>
    private static async Task<Dictionary<(string Type, int Id), int>> LatestNumbersAsync(
        DbContext context, IEnumerable<PendingRecord> records, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<(string, int), int>();
        foreach (var (type, query) in LatestNumberQueries(context, records))
        {
            foreach (var row in await query.ToListAsync(cancellationToken))
            {
                latest[(type, row.Id)] = row.Number;
            }
        }

        return latest;
    }

    private static IEnumerable<(string Type, IQueryable<LatestNumber> Query)> LatestNumberQueries(DbContext context, IEnumerable<PendingRecord> records)
    {
        foreach (var group in records.GroupBy(r => r.Entry.Metadata.ClrType.Name))
        {
            var type = group.Key;
            var ids = group.Select(r => ((ContentEntity)r.Entry.Entity).Id).Distinct().ToList();
            yield return (type, context.Set<ContentRevision>().AsNoTracking()
                .Where(r => r.EntityType == type && ids.Contains(r.EntityId))
                .GroupBy(r => r.EntityId)
                .Select(g => new LatestNumber(g.Key, g.Max(r => r.Number))));
        }
    }

    private sealed record LatestNumber(int Id, int Number);

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
    }
}
