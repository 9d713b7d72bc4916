namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>What every content form with an address (slug) shares.</summary>
public interface ISluggedInput
{
    /// <summary>The text the slug is made from (name or title).</summary>
    string SlugSource { get; }

    string? Slug { get; set; }
}
