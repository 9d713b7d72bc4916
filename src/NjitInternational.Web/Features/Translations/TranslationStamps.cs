using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Translations;

/// <summary>
/// Stamps when a record's English texts and its Chinese texts last changed, so the translation
/// status page can list the records whose English moved on after their Chinese was edited. Called
/// by the save pipeline's audit-stamp step for every content entry being saved.
/// </summary>
public static class TranslationStamps
{
    public static void Stamp(EntityEntry entry, ContentEntity entity, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var fields = TranslatedFields.Of(entry.Metadata.ClrType);
        if (fields.Count == 0)
        {
            return;
        }

        switch (entry.State)
        {
            case EntityState.Added:
                if (fields.Any(f => HasText(entry.Property(f.English.Name).CurrentValue)))
                {
                    entity.EnglishUpdatedAtUtc = nowUtc;
                }

                if (fields.Any(f => HasText(entry.Property(f.Chinese.Name).CurrentValue)))
                {
                    entity.ChineseUpdatedAtUtc = nowUtc;
                }

                break;
            case EntityState.Modified:
                if (fields.Any(f => Changed(entry.Property(f.English.Name))))
                {
                    entity.EnglishUpdatedAtUtc = nowUtc;
                }

                if (fields.Any(f => Changed(entry.Property(f.Chinese.Name))))
                {
                    entity.ChineseUpdatedAtUtc = nowUtc;
                }

                break;
            default:
                break;
        }
    }

    // A form re-posts every field: only a value that differs from the loaded one counts as an edit,
    // and a browser's CRLF line endings in a textarea are not one.
    private static bool Changed(PropertyEntry property) =>
        property.IsModified && !string.Equals(Lines(property.OriginalValue), Lines(property.CurrentValue), StringComparison.Ordinal);

    private static string? Lines(object? value) => (value as string)?.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static bool HasText(object? value) => value is string text && !string.IsNullOrWhiteSpace(text);
}
