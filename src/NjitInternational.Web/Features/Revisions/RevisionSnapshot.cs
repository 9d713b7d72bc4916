using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>
/// Turns a content record into the JSON snapshot of a revision and back. Built from the EF Core
/// model, not from a list of fields, so a column another feature adds later is captured (and
/// restored) without a change here.
/// </summary>
public static class RevisionSnapshot
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Bookkeeping columns: the revision row itself says who saved it and when.</summary>
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(ContentEntity.CreatedAtUtc), nameof(ContentEntity.CreatedBy), nameof(ContentEntity.UpdatedAtUtc),
        nameof(ContentEntity.UpdatedBy), nameof(ContentEntity.ConcurrencyStamp),
        nameof(ContentEntity.EnglishUpdatedAtUtc), nameof(ContentEntity.ChineseUpdatedAtUtc),
    ];

    private static readonly MethodInfo NoTrackingMethod =
        typeof(RevisionSnapshot).GetMethod(nameof(NoTracking), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ByOwnersMethod =
        typeof(RevisionSnapshot).GetMethod(nameof(ByOwners), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The snapshot's fields of a record: every column but its key and the bookkeeping stamps.</summary>
    /// <remarks>In the order the class declares them (EF Core lists them alphabetically), so a comparison reads like the form.</remarks>
    public static IEnumerable<IProperty> Fields(IEntityType type)
    {
        var declared = type.ClrType.GetProperties().Select(p => p.Name).ToList();
        return type.GetProperties()
            .Where(p => !p.IsPrimaryKey() && !Bookkeeping.Contains(p.Name))
            .OrderBy(p => declared.IndexOf(p.Name) is var i and >= 0 ? i : int.MaxValue);
    }

    /// <summary>
    /// Rows edited on the record's own form are part of its revisions: the collections of the join
    /// rows its description owns (<see cref="ContentType.OwnedJoins"/>). A partner's programme links
    /// are not among them: those are edited with the programme.
    /// </summary>
    public static IEnumerable<INavigation> Collections(IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var owned = ContentTypes.All.FirstOrDefault(t => t.EntityType == type.ClrType)?.OwnedJoins ?? [];
        return type.GetNavigations().Where(n => n.IsCollection && owned.Contains(n.TargetEntityType.ClrType));
    }

    /// <summary>The fields of one item of an owned collection: all but the link to the owner and a generated key.</summary>
    public static IEnumerable<IProperty> ItemFields(INavigation collection) =>
        collection.TargetEntityType.GetProperties().Where(p =>
            !collection.ForeignKey.Properties.Contains(p)
            && !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)
            && p.PropertyInfo is not null);

    public static string? TitleOf(JsonObject snapshot) =>
        (snapshot["Name"] ?? snapshot["Title"]) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The record's scalar fields, from the values being saved (or, for a delete, the stored ones).</summary>
    public static JsonObject Scalars(EntityEntry entry, bool original)
    {
        var snapshot = new JsonObject();
        foreach (var property in Fields(entry.Metadata))
        {
            var values = entry.Property(property.Name);
            snapshot[property.Name] = ToNode(original ? values.OriginalValue : values.CurrentValue);
        }

        return snapshot;
    }

    /// <summary>Adds the owned collections, read from the database (within the save's transaction).</summary>
    public static void AddStoredCollections(DbContext context, EntityEntry entry, JsonObject snapshot)
    {
        foreach (var collection in Collections(entry.Metadata))
        {
            snapshot[collection.Name] = Items(collection, [.. ChildrenQuery(context, collection, entry.Entity)]);
        }
    }

    /// <inheritdoc cref="AddStoredCollections"/>
    public static async Task AddStoredCollectionsAsync(DbContext context, EntityEntry entry, JsonObject snapshot, CancellationToken cancellationToken)
    {
        foreach (var collection in Collections(entry.Metadata))
        {
            snapshot[collection.Name] = Items(collection, await LoadChildrenAsync(context, collection, entry.Entity, cancellationToken));
        }
    }

    /// <summary>Adds the owned collections of a new record, which are all in memory.</summary>
    public static void AddTrackedCollections(EntityEntry entry, JsonObject snapshot)
    {
        foreach (var collection in Collections(entry.Metadata))
        {
            var items = entry.Collection(collection.Name).CurrentValue?.Cast<object>() ?? [];
            snapshot[collection.Name] = Items(collection, items);
        }
    }

    /// <summary>
    /// The stored owned collections of many records of one type, by collection name and owner id:
    /// one query per collection (per thousand owners), not one per record, for bulk saves.
    /// </summary>
    public static Dictionary<(string Collection, int OwnerId), List<object>> LoadStoredCollections(
        DbContext context, IEntityType type, IReadOnlyCollection<int> ownerIds)
    {
        var children = new Dictionary<(string, int), List<object>>();
        foreach (var (collection, query) in StoredCollectionQueries(context, type, ownerIds))
        {
            AddByOwner(children, collection, query);
        }

        return children;
    }

    /// <inheritdoc cref="LoadStoredCollections"/>
    public static async Task<Dictionary<(string Collection, int OwnerId), List<object>>> LoadStoredCollectionsAsync(
        DbContext context, IEntityType type, IReadOnlyCollection<int> ownerIds, CancellationToken cancellationToken)
    {
        var children = new Dictionary<(string, int), List<object>>();
        foreach (var (collection, query) in StoredCollectionQueries(context, type, ownerIds))
        {
            AddByOwner(children, collection, await ToListAsync(query, cancellationToken));
        }

        return children;
    }

    public static JsonArray Items(INavigation collection, IEnumerable<object> children)
    {
        var fields = ItemFields(collection).ToList();
        var items = children.Select(child =>
        {
            var item = new JsonObject();
            foreach (var field in fields)
            {
                item[field.Name] = ToNode(field.PropertyInfo!.GetValue(child));
            }

            return item;
        });
        return [.. items.OrderBy(i => i.ToJsonString(), StringComparer.Ordinal)];
    }

    public static async Task<List<object>> LoadChildrenAsync(DbContext context, INavigation collection, object owner, CancellationToken cancellationToken) =>
        await ToListAsync(ChildrenQuery(context, collection, owner), cancellationToken);

    public static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json);

    public static object? FromNode(JsonNode? node, Type type) => node is null ? null : node.Deserialize(type, Json);

    public static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    /// <summary>The queries of <see cref="LoadStoredCollections"/>: one per collection and thousand owners.</summary>
    private static IEnumerable<(INavigation Collection, IEnumerable<object> Query)> StoredCollectionQueries(
        DbContext context, IEntityType type, IReadOnlyCollection<int> ownerIds)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ownerIds);
        foreach (var collection in Collections(type))
        {
            var foreignKey = collection.ForeignKey.Properties.Single();
            foreach (var chunk in ownerIds.Distinct().Chunk(1000))
            {
                yield return (collection, (IEnumerable<object>)ByOwnersMethod.MakeGenericMethod(collection.TargetEntityType.ClrType)
                    .Invoke(null, [context, foreignKey.Name, chunk])!);
            }
        }
    }

    private static void AddByOwner(Dictionary<(string, int), List<object>> children, INavigation collection, IEnumerable<object> loaded)
    {
        var foreignKey = collection.ForeignKey.Properties.Single();
        foreach (var child in loaded)
        {
            var key = (collection.Name, (int)foreignKey.PropertyInfo!.GetValue(child)!);
            if (!children.TryGetValue(key, out var items))
            {
                children[key] = items = [];
            }

            items.Add(child);
        }
    }

    private static IEnumerable<object> ChildrenQuery(DbContext context, INavigation collection, object owner) =>
        (IEnumerable<object>)NoTrackingMethod.MakeGenericMethod(collection.TargetEntityType.ClrType)
            .Invoke(null, [context.Entry(owner).Collection(collection.Name).Query()])!;

    /// <summary>Reads an EF Core query typed as objects (its entity types are classes, so the async enumerable converts too).</summary>
    private static async Task<List<object>> ToListAsync(IEnumerable<object> query, CancellationToken cancellationToken)
    {
        var items = new List<object>();
        await foreach (var item in ((IAsyncEnumerable<object>)query).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    private static IQueryable<T> ByOwners<T>(DbContext context, string foreignKey, int[] ownerIds)
        where T : class => context.Set<T>().AsNoTracking().Where(c => ownerIds.Contains(EF.Property<int>(c, foreignKey)));

    private static IQueryable<T> NoTracking<T>(IQueryable query)
        where T : class => ((IQueryable<T>)query).AsNoTracking();
}
