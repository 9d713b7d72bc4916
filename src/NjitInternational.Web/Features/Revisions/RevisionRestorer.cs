using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

public enum RestoreOutcome
{
    Restored,
    NotFound,
    /// <summary>The record changed since the editor loaded it (stale concurrency stamp).</summary>
    Conflict,
    Refused,
}

/// <summary>What a restore did; NotRelinked lists related records the revision pointed to that no longer exist.</summary>
public sealed record RestoreResult(RestoreOutcome Outcome, int? Id, string? Message, IReadOnlyList<string> NotRelinked, ContentType? Type = null)
{
    public string? EditPath => Type is not null && Id is { } id ? Type.EditPath(id) : null;

    public static RestoreResult Failed(RestoreOutcome outcome, string? message = null) => new(outcome, null, message, []);
}

/// <summary>
/// Restores a record to an earlier revision, or re-creates a deleted record from its last one.
/// Both load the record, set its values and save through <see cref="ContentStore"/>, so the
/// concurrency check, audit trail, output-cache eviction and a new revision all apply.
/// </summary>
public sealed class RevisionRestorer(AppDbContext db, ContentStore store, RecordLookup lookup, RevisionStep revisions, TimeProvider clock)
{
    /// <summary>Sets the record's fields to those of revision <paramref name="number"/>. Its status stays as it is now.</summary>
    public async Task<RestoreResult> RestoreAsync(ContentType type, int id, int number, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var revision = await db.Set<ContentRevision>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.EntityType == type.Name && r.EntityId == id && r.Number == number, cancellationToken);
        if (revision is null || await db.FindAsync(type.EntityType, [id], cancellationToken) is not ContentEntity entity)
        {
            return RestoreResult.Failed(RestoreOutcome.NotFound);
        }

        var entry = db.Entry(entity);
        var snapshot = RevisionSnapshot.Parse(revision.SnapshotJson);
        var notRelinked = new List<string>();
        if (await RefusalAsync(type, entry.Metadata, id, snapshot, notRelinked, cancellationToken) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return RestoreResult.Failed(RestoreOutcome.Refused, refusal);
        }

        await ApplyAsync(entry, snapshot, isNew: false, notRelinked, cancellationToken);
        entry.Property(e => e.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        entry.Property(e => e.UpdatedAtUtc).IsModified = true;
        revisions.NoteNextSave(db, $"Restored from revision {number}");
        return await SaveAsync(type, entity, notRelinked, cancellationToken);
    }

    /// <summary>Re-creates a deleted record, as a draft, from the revision written when it was deleted.</summary>
    public async Task<RestoreResult> RestoreDeletedAsync(long revisionId, CancellationToken cancellationToken)
    {
        var revision = await db.Set<ContentRevision>().FirstOrDefaultAsync(r => r.Id == revisionId && r.IsDeleted && r.RestoredAtUtc == null, cancellationToken);
        if (revision is null || RevisionedTypes.ByName(revision.EntityType) is not { } type)
        {
            return RestoreResult.Failed(RestoreOutcome.NotFound);
        }

        var entity = (ContentEntity)Activator.CreateInstance(type.EntityType)!;
        var entry = db.Entry(entity);
        var snapshot = RevisionSnapshot.Parse(revision.SnapshotJson);
        var notRelinked = new List<string>();
        if (await RefusalAsync(type, entry.Metadata, null, snapshot, notRelinked, cancellationToken) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return RestoreResult.Failed(RestoreOutcome.Refused, refusal);
        }

        db.Add(entity);
        await ApplyAsync(entry, snapshot, isNew: true, notRelinked, cancellationToken);
        entity.Status = PublicationStatus.Draft;
        revision.RestoredAtUtc = clock.GetUtcNow().UtcDateTime;
        revisions.NoteNextSave(db, $"Re-created from deleted record #{revision.EntityId} (revision {revision.Number})");
        return await SaveAsync(type, entity, notRelinked, cancellationToken);
    }

    private async Task<RestoreResult> SaveAsync(ContentType type, ContentEntity entity, List<string> notRelinked, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return RestoreResult.Failed(RestoreOutcome.Conflict, $"Someone else changed this {type.Singular} after you opened its history. Nothing was restored; look at the history again and retry.");
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return RestoreResult.Failed(RestoreOutcome.Refused, $"The {type.Singular} could not be saved: one of its unique values (address or name) is probably in use by another record.");
        }

        return new RestoreResult(RestoreOutcome.Restored, entity.Id, null, notRelinked, type);
    }

    /// <summary>
    /// Why the revision cannot be restored: a unique value (the address) now used by another
    /// record, or a required related record (a partner's country) that no longer exists.
    /// Optional links to missing records are dropped and listed in <paramref name="notRelinked"/>.
    /// </summary>
    private async Task<string?> RefusalAsync(ContentType type, IEntityType entityType, int? id, JsonObject snapshot, List<string> notRelinked, CancellationToken cancellationToken)
    {
        foreach (var index in entityType.GetIndexes().Where(i => i.IsUnique && i.Properties.All(p => snapshot.ContainsKey(p.Name) && p.PropertyInfo is not null)))
        {
            var values = index.Properties.Select(p => (p.PropertyInfo!, RevisionSnapshot.FromNode(snapshot[p.Name], p.ClrType))).ToList();
            if (await lookup.OtherWithAsync(type.EntityType, id, values, cancellationToken) is { } other)
            {
                var what = string.Join(", ", index.Properties.Select(p => $"{RevisionedTypes.Label(p.Name).ToLowerInvariant()} \"{snapshot[p.Name]}\""));
                return $"Not restored: the {what} is now used by another {type.Singular}, “{other}”. Change that record first, or restore a different revision.";
            }
        }

        foreach (var foreignKey in entityType.GetForeignKeys().Where(fk => fk.Properties.Count == 1 && snapshot.ContainsKey(fk.Properties[0].Name)))
        {
            var property = foreignKey.Properties[0];
            if (RevisionSnapshot.FromNode(snapshot[property.Name], typeof(int)) is int target
                && (await lookup.TitlesAsync(foreignKey.PrincipalEntityType.ClrType, [target], cancellationToken)).Count == 0)
            {
                var label = RevisionedTypes.Label(property.Name).ToLowerInvariant();
                if (foreignKey.IsRequired)
                {
                    return $"Not restored: its {label} (record #{target}) no longer exists. Restore that first.";
                }

                snapshot[property.Name] = null;
                notRelinked.Add($"{RevisionedTypes.Label(property.Name)} #{target} no longer exists");
            }
        }

        return null;
    }

    private async Task ApplyAsync(EntityEntry entry, JsonObject snapshot, bool isNew, List<string> notRelinked, CancellationToken cancellationToken)
    {
        foreach (var property in RevisionSnapshot.Fields(entry.Metadata).Where(p => p.Name != nameof(ContentEntity.Status) && snapshot.ContainsKey(p.Name)))
        {
            entry.Property(property.Name).CurrentValue = RevisionSnapshot.FromNode(snapshot[property.Name], property.ClrType);
        }

        foreach (var collection in RevisionSnapshot.Collections(entry.Metadata))
        {
            var wanted = await RelinkableItemsAsync(collection, snapshot[collection.Name] as JsonArray ?? [], notRelinked, cancellationToken);
            var accessor = collection.GetCollectionAccessor()!;
            if (!isNew)
            {
                await entry.Collection(collection.Name).LoadAsync(cancellationToken);
                foreach (var child in (entry.Collection(collection.Name).CurrentValue?.Cast<object>() ?? []).ToList())
                {
                    // Rows the revision also has stay (a composite key cannot be removed and re-added in one save).
                    var match = wanted.FindIndex(item => Matches(collection, child, item));
                    if (match >= 0)
                    {
                        wanted.RemoveAt(match);
                    }
                    else
                    {
                        db.Remove(child);
                    }
                }
            }

            foreach (var item in wanted)
            {
                var child = Activator.CreateInstance(collection.TargetEntityType.ClrType)!;
                foreach (var field in RevisionSnapshot.ItemFields(collection).Where(f => item.ContainsKey(f.Name)))
                {
                    field.PropertyInfo!.SetValue(child, RevisionSnapshot.FromNode(item[field.Name], field.ClrType));
                }

                accessor.Add(entry.Entity, child, forMaterialization: false);
            }
        }

        entry.DetectChanges();
    }

    /// <summary>The items whose links (a partner, a country) still resolve; a missing optional link is dropped, a missing required one drops the item.</summary>
    private async Task<List<JsonObject>> RelinkableItemsAsync(INavigation collection, JsonArray items, List<string> notRelinked, CancellationToken cancellationToken)
    {
        var result = new List<JsonObject>();
        var links = collection.TargetEntityType.GetForeignKeys()
            .Where(fk => fk != collection.ForeignKey && fk.Properties.Count == 1)
            .ToList();
        foreach (var item in items.OfType<JsonObject>().Select(i => (JsonObject)i.DeepClone()))
        {
            var keep = true;
            foreach (var link in links)
            {
                var property = link.Properties[0];
                if (RevisionSnapshot.FromNode(item[property.Name], typeof(int)) is int target
                    && (await lookup.TitlesAsync(link.PrincipalEntityType.ClrType, [target], cancellationToken)).Count == 0)
                {
                    notRelinked.Add($"{RevisionedTypes.Label(collection.Name)}: {RevisionedTypes.Label(property.Name).ToLowerInvariant()} #{target} no longer exists");
                    if (link.IsRequired || property.IsPrimaryKey())
                    {
                        keep = false;
                    }
                    else
                    {
                        item[property.Name] = null;
                    }
                }
            }

            // An item left with no values at all (a member whose partner is gone) is dropped too.
            if (keep && item.Any(p => p.Value is not null))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static bool Matches(INavigation collection, object child, JsonObject item) =>
        RevisionSnapshot.ItemFields(collection).Where(f => item.ContainsKey(f.Name))
            .All(f => JsonNode.DeepEquals(RevisionSnapshot.ToNode(f.PropertyInfo!.GetValue(child)), item[f.Name]));
}
