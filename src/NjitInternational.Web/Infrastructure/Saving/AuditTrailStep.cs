using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Saving;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every content record a signed-in user creates, changes,
/// publishes, unpublishes, archives or deletes, in the same transaction as the change. New
/// records only get their id on insert, so the changes are collected before the save and the
/// entries added after it, saved with the revisions before the transaction commits; a failed save
/// writes none. Changes made without a user (seeding at start-up) are not audited:
/// <see cref="SeedRecord"/> already records them.
/// </summary>
public sealed class AuditTrailStep(TimeProvider clock, ICurrentUser currentUser) : SaveStep
{
    /// <summary>Longer text values (Markdown bodies) are cut to this many characters in the log.</summary>
    public const int MaxValueLength = 500;

    private static readonly HashSet<string> Unaudited =
    [
        nameof(ContentEntity.Id), nameof(ContentEntity.CreatedAtUtc), nameof(ContentEntity.CreatedBy),
        nameof(ContentEntity.UpdatedAtUtc), nameof(ContentEntity.UpdatedBy), nameof(ContentEntity.ConcurrencyStamp),
        nameof(ContentEntity.EnglishUpdatedAtUtc), nameof(ContentEntity.ChineseUpdatedAtUtc),
    ];

    public override void BeforeSave(SaveBatch batch)
    {
        if (currentUser.UserName is null)
        {
            return;
        }

        var pending = new PendingAudit();
        foreach (var entry in batch.Entries.Where(e => e.Entity is ContentEntity))
        {
            CollectRecord(entry, pending);
        }

        foreach (var entry in batch.Entries.Where(e => e.State is EntityState.Added or EntityState.Deleted))
        {
            if (OwnedChange(entry) is { } owned)
            {
                pending.AddChildChange(owned.Owner, owned.Collection, owned.Item, entry.State == EntityState.Added);
            }
        }

        if (!pending.IsEmpty)
        {
            batch.Keep(this, pending);
            batch.WillWriteRows();
        }
    }

    public override void AfterSave(SaveBatch batch)
    {
        if (batch.Kept<PendingAudit>(this) is { } pending)
        {
            batch.Rows.AddRange(pending.ToEntries(clock.GetUtcNow().UtcDateTime, currentUser.UserName));
        }
    }

    private static void CollectRecord(EntityEntry entry, PendingAudit pending)
    {
        var changes = new Dictionary<string, object?>();
        string action;
        switch (entry.State)
        {
            case EntityState.Added:
                action = "Create";
                foreach (var property in entry.Properties.Where(p => !Unaudited.Contains(p.Metadata.Name) && p.CurrentValue is not null))
                {
                    changes[property.Metadata.Name] = new FieldChange(null, Shorten(property.CurrentValue));
                }

                break;
            case EntityState.Modified:
                action = "Update";
                foreach (var property in entry.Properties.Where(p => p.IsModified && !Unaudited.Contains(p.Metadata.Name)
                    && !Equals(p.OriginalValue, p.CurrentValue)))
                {
                    changes[property.Metadata.Name] = new FieldChange(Shorten(property.OriginalValue), Shorten(property.CurrentValue));
                    if (property.Metadata.Name == nameof(ContentEntity.Status))
                    {
                        action = property.CurrentValue switch
                        {
                            PublicationStatus.Published => "Publish",
                            PublicationStatus.Archived => "Archive",
                            _ => "Unpublish",
                        };
                    }
                }

                break;
            case EntityState.Deleted:
                action = "Delete";
                break;
            default:
                return;
        }

        pending.AddRecord(entry, action, changes);
    }

    /// <summary>Rows that belong to a content record (its partnership kinds, partners, members) are logged as part of it.</summary>
    private static (RecordKey Owner, string Collection, string Item)? OwnedChange(EntityEntry entry) => entry.Entity switch
    {
        PartnerPartnershipKind k => (new RecordKey(nameof(Partner), k.PartnerId), nameof(Partner.PartnershipKinds), k.Kind.ToString()),
        ProgrammePartner p => (new RecordKey(nameof(Programme), p.ProgrammeId), nameof(Programme.Partners), $"partner {p.PartnerId}"),
        AllianceMember m => (new RecordKey(nameof(Alliance), m.AllianceId), nameof(Alliance.Members),
            m.PartnerId is { } partnerId ? $"partner {partnerId}" : m.InstitutionName ?? string.Empty),
        _ => null,
    };

    private static object? Shorten(object? value) => value switch
    {
        string { Length: > MaxValueLength } text => string.Concat(text.AsSpan(0, MaxValueLength), "…"),
        Enum e => e.ToString(),
        _ => value,
    };

    private readonly record struct RecordKey(string Type, int Id);

    private sealed record FieldChange(object? Old, object? New);

    private sealed record ChildChanges(List<string> Added, List<string> Removed);

    private sealed class PendingRecord(EntityEntry? entry, RecordKey? key, string action, Dictionary<string, object?> changes)
    {
        public EntityEntry? Entry { get; } = entry;

        public string Action { get; set; } = action;

        public Dictionary<string, object?> Changes { get; } = changes;

        public RecordKey Key => Entry is null ? key!.Value : new RecordKey(Entry.Metadata.ClrType.Name, ((ContentEntity)Entry.Entity).Id);
    }

    private sealed class PendingAudit
    {
        private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

        private readonly List<PendingRecord> _records = [];

        // The first record of each owner, so a bulk save finds a child row's owner without a scan.
        // Keys are taken when the changes are collected (new records still have no id then, but
        // their children's changes are part of the create anyway).
        private readonly Dictionary<RecordKey, PendingRecord> _byKey = [];

        public bool IsEmpty => _records.Count == 0;

        public void AddRecord(EntityEntry entry, string action, Dictionary<string, object?> changes) =>
            Add(new PendingRecord(entry, null, action, changes));

        public void AddChildChange(RecordKey owner, string collection, string item, bool added)
        {
            // Children of a record being created or deleted are part of that create or delete.
            if (!_byKey.TryGetValue(owner, out var record))
            {
                record = new PendingRecord(null, owner, "Update", []);
                Add(record);
            }

            if (record.Action is "Create" or "Delete")
            {
                return;
            }

            if (record.Changes.GetValueOrDefault(collection) is not ChildChanges children)
            {
                children = new ChildChanges([], []);
                record.Changes[collection] = children;
            }

            (added ? children.Added : children.Removed).Add(item);
        }

        private void Add(PendingRecord record)
        {
            _records.Add(record);
            _byKey.TryAdd(record.Key, record);
        }

        public IEnumerable<AuditEntry> ToEntries(DateTime now, string? user)
        {
            foreach (var record in _records)
            {
                // A save that touched nothing worth logging (only stamps) writes no entry.
                if (record.Action == "Update" && record.Changes.Count == 0)
                {
                    continue;
                }

                var key = record.Key;
                var name = record.Entry?.Properties.FirstOrDefault(p => p.Metadata.Name is "Name" or "Title")?.CurrentValue as string;
                yield return new AuditEntry
                {
                    AtUtc = now,
                    UserName = user,
                    Action = record.Action,
                    EntityType = key.Type,
                    EntityId = key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Summary = name is null ? null : $"{record.Action} {key.Type} \"{(name.Length > 200 ? name[..200] : name)}\"",
                    ChangesJson = record.Changes.Count == 0 ? null : JsonSerializer.Serialize(record.Changes, Json),
                };
            }
        }
    }
}
