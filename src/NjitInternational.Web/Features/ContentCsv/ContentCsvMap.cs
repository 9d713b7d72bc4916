using System.Collections;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>The columns of one content type's CSV export, and what to load for them.</summary>
public sealed record ContentCsvMap<TEntity>(
    string FileName,
    IReadOnlyList<string> Header,
    Func<IQueryable<TEntity>, IQueryable<TEntity>> Include,
    Func<TEntity, IReadOnlyList<string?>> Row)
    where TEntity : ContentEntity
{
#pragma warning disable CA1000 // A factory of the map it builds: reads better than a separate static class.
    /// <summary>Every field of the edit form (as the form shows it) and the status: the default for types without an import.</summary>
    public static ContentCsvMap<TEntity> FromInput<TInput>(string fileName, Func<TEntity, TInput> toInput)
    {
        var fields = ContentFieldReader.Fields(typeof(TInput)).ToList();
        return new(
            fileName,
            [.. fields.Select(f => f.Name), nameof(ContentEntity.Status)],
            q => q,
            entity =>
            {
                var input = toInput(entity)!;
                return [.. fields.Select(f => Value(f.GetValue(input))), entity.Status.ToString()];
            });
    }
#pragma warning restore CA1000

    private static string Value(object? value) => value switch
    {
        bool b => ContentCsvFile.YesNo(b),
        IEnumerable items and not string => string.Join(';', items.Cast<object>().Select(ContentFieldReader.Describe)),
        _ => ContentFieldReader.Describe(value),
    };
}
