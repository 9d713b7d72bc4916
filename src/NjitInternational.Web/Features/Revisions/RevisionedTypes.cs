using System.Text;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>The content types whose history the admin area shows: every type of <see cref="ContentTypes"/>.</summary>
public static class RevisionedTypes
{
    public static IReadOnlyList<ContentType> All => ContentTypes.All;

    public static ContentType? BySegment(string? segment) => ContentTypes.ByAdminSegment(segment);

    public static ContentType? ByName(string? name) => ContentTypes.ByName(name);

    /// <summary>"PartnerSince" reads "Partner since"; a foreign key "CountryId" reads "Country".</summary>
    public static string Label(string field)
    {
        var name = field.EndsWith("Id", StringComparison.Ordinal) && field.Length > 2 ? field[..^2] : field;
        if (name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
        {
            name = name[2..];
        }

        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ');
                c = char.ToLowerInvariant(c);
            }

            text.Append(c);
        }

        return text.ToString().Replace(" utc", " (UTC)", StringComparison.Ordinal);
    }
}
