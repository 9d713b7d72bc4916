using System.Collections.Concurrent;
using System.Reflection;

namespace NjitInternational.Web.Features.Translations;

/// <summary>An English text property and its Chinese twin: Summary and SummaryZh.</summary>
public sealed record TranslatedField(PropertyInfo English, PropertyInfo Chinese)
{
    public string Name => English.Name;
}

/// <summary>
/// The translated texts of a content type, found by the naming rule every entity follows (each
/// public text has a nullable "…Zh" twin), so a new field or type needs no list to update.
/// </summary>
public static class TranslatedFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<TranslatedField>> Cache = new();

    public static IReadOnlyList<TranslatedField> Of(Type entityType) =>
        Cache.GetOrAdd(entityType, static type =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && !p.Name.EndsWith("Zh", StringComparison.Ordinal))
                .Select(p => (English: p, Chinese: type.GetProperty(p.Name + "Zh", BindingFlags.Public | BindingFlags.Instance)))
                .Where(pair => pair.Chinese?.PropertyType == typeof(string))
                .Select(pair => new TranslatedField(pair.English, pair.Chinese!)),
        ]);
}
