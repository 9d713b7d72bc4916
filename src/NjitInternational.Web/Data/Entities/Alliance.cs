namespace NjitInternational.Web.Data.Entities;

/// <summary>A university cooperation alliance NJIT is a member of.</summary>
public class Alliance : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public string? WebsiteUrl { get; set; }

    public int? YearJoined { get; set; }

    public List<AllianceMember> Members { get; set; } = [];
}
