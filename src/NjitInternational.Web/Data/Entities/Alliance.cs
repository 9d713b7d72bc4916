namespace NjitInternational.Web.Data.Entities;

/// <summary>A university cooperation alliance NJIT is a member of.</summary>
public class Alliance : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Name; null until staff translate it.</summary>
    public string? NameZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Description; null until staff translate it.</summary>
    public string? DescriptionZh { get; set; }

    public string? WebsiteUrl { get; set; }

    public int? YearJoined { get; set; }

    public List<AllianceMember> Members { get; set; } = [];
}
