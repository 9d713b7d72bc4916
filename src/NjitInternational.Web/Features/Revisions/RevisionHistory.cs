using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>The history pages: the revisions of one record, and a field-by-field comparison of two.</summary>
public sealed class RevisionHistory(AppDbContext db, RecordLookup lookup)
{
    /// <summary>Retention keeps the list short; this only bounds a pathological one.</summary>
    public const int MaxListed = 500;

    private const int LongText = 120;

    public async Task<HistoryPage?> ListAsync(ContentType type, int id, string? error, CancellationToken cancellationToken)
    {
        var record = await lookup.HeaderAsync(type.EntityType, id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var revisions = Revisions(type, id);
        var total = await revisions.CountAsync(cancellationToken);
        var rows = await revisions.OrderByDescending(r => r.Number).Take(MaxListed)
            .Select(r => new { r.Id, r.Number, r.AtUtc, r.UserName, r.Status, r.IsDeleted, r.ChangedFields, r.Note })
            .ToListAsync(cancellationToken);
        return new HistoryPage(
            type,
            record,
            [.. rows.Select(r => new RevisionRow(r.Id, r.Number, r.AtUtc, r.UserName, r.Status, r.IsDeleted, Summary(r.IsDeleted, r.ChangedFields), r.Note))],
            total,
            error);
    }

    public async Task<ComparePage?> CompareAsync(ContentType type, int id, int from, int to, CancellationToken cancellationToken)
    {
        var record = await lookup.HeaderAsync(type.EntityType, id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var numbers = new[] { from, to };
        var pair = await Revisions(type, id).Where(r => numbers.Contains(r.Number)).ToListAsync(cancellationToken);
        var older = pair.FirstOrDefault(r => r.Number == Math.Min(from, to));
        var newer = pair.FirstOrDefault(r => r.Number == Math.Max(from, to));
        if (older is null || newer is null)
        {
            return null;
        }

        var newest = await Revisions(type, id).MaxAsync(r => r.Number, cancellationToken);
        var entityType = db.Model.FindEntityType(type.EntityType)!;
        var oldSnapshot = RevisionSnapshot.Parse(older.SnapshotJson);
        var newSnapshot = RevisionSnapshot.Parse(newer.SnapshotJson);
        var names = await ReferencedTitlesAsync(entityType, [oldSnapshot, newSnapshot], cancellationToken);

        var fields = new List<FieldDiff>();
        foreach (var key in newSnapshot.Select(p => p.Key).Union(oldSnapshot.Select(p => p.Key)))
        {
            var collection = RevisionSnapshot.Collections(entityType).FirstOrDefault(c => c.Name == key);
            var property = entityType.FindProperty(key);
            var oldText = Describe(oldSnapshot[key], property, collection, names);
            var newText = Describe(newSnapshot[key], property, collection, names);
            var changed = !string.Equals(oldText, newText, StringComparison.Ordinal);
            IReadOnlyList<DiffLine>? lines = null;
            if (changed && collection is not null)
            {
                lines = TextDiff.Lines(oldText, newText);
            }
            else if (changed && (oldText.Contains('\n', StringComparison.Ordinal) || newText.Contains('\n', StringComparison.Ordinal) || oldText.Length > LongText || newText.Length > LongText))
            {
                lines = TextDiff.Collapse(TextDiff.Lines(oldText, newText));
            }

            fields.Add(new FieldDiff(RevisionedTypes.Label(key), oldText, newText, changed, lines));
        }

        return new ComparePage(type, record, Row(older), Row(newer), [.. fields.Where(f => f.Changed)], [.. fields.Where(f => !f.Changed)], newest);
    }

    public static string Summary(bool isDeleted, string? changedFields) =>
        isDeleted ? "Deleted"
        : changedFields is null ? "Created"
        : "Changed: " + string.Join(", ", changedFields.Split(',').Select(RevisionedTypes.Label));

    private static RevisionRow Row(ContentRevision r) =>
        new(r.Id, r.Number, r.AtUtc, r.UserName, r.Status, r.IsDeleted, Summary(r.IsDeleted, r.ChangedFields), r.Note);

    private IQueryable<ContentRevision> Revisions(ContentType type, int id) =>
        db.Set<ContentRevision>().AsNoTracking().Where(r => r.EntityType == type.Name && r.EntityId == id);

    /// <summary>Names of the partners and countries the snapshots point to, one query per type.</summary>
    private async Task<Dictionary<(Type, int), string>> ReferencedTitlesAsync(IEntityType entityType, JsonObject[] snapshots, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<Type, HashSet<int>>();
        void Want(IProperty property, JsonNode? node)
        {
            if (Principal(property) is { } principal && node is JsonValue value && value.TryGetValue<int>(out var id))
            {
                (wanted.TryGetValue(principal, out var ids) ? ids : wanted[principal] = []).Add(id);
            }
        }

        foreach (var snapshot in snapshots)
        {
            foreach (var property in RevisionSnapshot.Fields(entityType))
            {
                Want(property, snapshot[property.Name]);
            }

            foreach (var collection in RevisionSnapshot.Collections(entityType))
            {
                foreach (var item in (snapshot[collection.Name] as JsonArray ?? []).OfType<JsonObject>())
                {
                    foreach (var property in RevisionSnapshot.ItemFields(collection))
                    {
                        Want(property, item[property.Name]);
                    }
                }
            }
        }

        var names = new Dictionary<(Type, int), string>();
        foreach (var (type, ids) in wanted)
        {
            foreach (var (id, title) in await lookup.TitlesAsync(type, ids, cancellationToken))
            {
                names[(type, id)] = title;
            }
        }

        return names;
    }

    private static Type? Principal(IProperty property) =>
        property.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType)
            .FirstOrDefault(t => t.IsAssignableTo(typeof(ContentEntity)));

    private static string Describe(JsonNode? node, IProperty? property, INavigation? collection, Dictionary<(Type, int), string> names)
    {
        if (collection is not null)
        {
            var fields = RevisionSnapshot.ItemFields(collection).ToList();
            var items = (node as JsonArray ?? []).OfType<JsonObject>()
                .Select(item => string.Join(", ", fields.Select(f => Describe(item[f.Name], f, null, names)).Where(t => t.Length > 0)))
                .Order(StringComparer.CurrentCulture);
            return string.Join('\n', items);
        }

        if (node is not JsonValue value)
        {
            return node?.ToJsonString() ?? string.Empty;
        }

        if (property is not null && Principal(property) is { } principal && value.TryGetValue<int>(out var id))
        {
            return names.TryGetValue((principal, id), out var title) ? title : $"#{id} (no longer exists)";
        }

        return value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.True => "Yes",
            System.Text.Json.JsonValueKind.False => "No",
            System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
            _ => Convert.ToString(value.ToJsonString(), CultureInfo.InvariantCulture),
        };
    }
}
