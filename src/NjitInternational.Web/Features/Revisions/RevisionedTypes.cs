using System.Text;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>A content type whose history the admin area shows, with its admin address.</summary>
public sealed record RevisionedType(Type EntityType, string Segment, string Singular, string Plural)
{
    public string Name => EntityType.Name;

    public string BasePath => "/admin/" + Segment;

    public string EditPath(int id) => $"{BasePath}/{id}/edit";

    public string HistoryPath(int id) => $"{BasePath}/{id}/history";
}

public static class RevisionedTypes
{
    /// <summary>The admin area's content types (the same addresses as their controllers' routes).</summary>
    public static readonly IReadOnlyList<RevisionedType> All =
    [
        new(typeof(Partner), "partners", "partner", "Partners"),
        new(typeof(Programme), "programmes", "programme", "Programmes"),
        new(typeof(Alliance), "alliances", "alliance", "Alliances"),
        new(typeof(VisitingProfessor), "visiting-professors", "visiting professor", "Visiting professors"),
        new(typeof(Conference), "conferences", "conference", "Conferences"),
        new(typeof(Page), "pages", "page", "Pages"),
        new(typeof(Country), "countries", "country or region", "Countries and regions"),
    ];

    public static RevisionedType? BySegment(string? segment) =>
        All.FirstOrDefault(t => string.Equals(t.Segment, segment, StringComparison.OrdinalIgnoreCase));

    public static RevisionedType? ByName(string? name) => All.FirstOrDefault(t => t.Name == name);

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
