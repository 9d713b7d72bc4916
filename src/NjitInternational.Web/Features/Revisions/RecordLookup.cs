using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>The current record behind a history, named by its title field ("Name" or "Title").</summary>
public sealed record RecordHeader(int Id, string Title, PublicationStatus Status, Guid ConcurrencyStamp);

/// <summary>
/// Reads of any content type chosen at run time (the history pages serve all of them): one
/// generic method per read, called with the type through reflection.
/// </summary>
public sealed class RecordLookup(AppDbContext db)
{
    public static string TitleProperty(Type type) =>
        type.GetProperty("Name") is { PropertyType: var t } && t == typeof(string) ? "Name" : "Title";

    public Task<RecordHeader?> HeaderAsync(Type type, int id, CancellationToken cancellationToken) =>
        Call<Task<RecordHeader?>>(nameof(HeaderOfAsync), type, id, cancellationToken);

    /// <summary>Titles of the given records; missing ids are left out.</summary>
    public Task<Dictionary<int, string>> TitlesAsync(Type type, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        Call<Task<Dictionary<int, string>>>(nameof(TitlesOfAsync), type, ids, cancellationToken);

    /// <summary>The title of another record with these values in these columns (a unique index), or null.</summary>
    public Task<string?> OtherWithAsync(Type type, int? exceptId, IReadOnlyList<(PropertyInfo Property, object? Value)> values, CancellationToken cancellationToken) =>
        Call<Task<string?>>(nameof(OtherWithOfAsync), type, exceptId, values, cancellationToken);

    private T Call<T>(string method, Type type, params object?[] args) =>
        (T)typeof(RecordLookup).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(type).Invoke(this, args)!;

    private async Task<RecordHeader?> HeaderOfAsync<T>(int id, CancellationToken cancellationToken)
        where T : ContentEntity
    {
        var title = TitleProperty(typeof(T));
        return await db.Set<T>().AsNoTracking().Where(e => e.Id == id)
            .Select(e => new RecordHeader(e.Id, EF.Property<string>(e, title), e.Status, e.ConcurrencyStamp))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Dictionary<int, string>> TitlesOfAsync<T>(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where T : ContentEntity
    {
        var title = TitleProperty(typeof(T));
        var list = ids.ToList();
        return await db.Set<T>().AsNoTracking().Where(e => list.Contains(e.Id))
            .Select(e => new { e.Id, Title = EF.Property<string>(e, title) })
            .ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
    }

    private async Task<string?> OtherWithOfAsync<T>(int? exceptId, IReadOnlyList<(PropertyInfo Property, object? Value)> values, CancellationToken cancellationToken)
        where T : ContentEntity
    {
        var record = Expression.Parameter(typeof(T), "e");
        Expression match = exceptId is { } id
            ? Expression.NotEqual(Expression.Property(record, nameof(ContentEntity.Id)), Expression.Constant(id))
            : Expression.Constant(true);
        foreach (var (property, value) in values)
        {
            match = Expression.AndAlso(match, Expression.Equal(Expression.Property(record, property), Expression.Constant(value, property.PropertyType)));
        }

        var title = TitleProperty(typeof(T));
        return await db.Set<T>().AsNoTracking().Where(Expression.Lambda<Func<T, bool>>(match, record))
            .Select(e => EF.Property<string>(e, title))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
