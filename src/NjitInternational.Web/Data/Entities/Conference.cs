namespace NjitInternational.Web.Data.Entities;

/// <summary>An international conference hosted by NJIT.</summary>
public class Conference : ContentEntity
{
    public string Title { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Title; null until staff translate it.</summary>
    public string? TitleZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string? Topic { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Topic; null until staff translate it.</summary>
    public string? TopicZh { get; set; }

    /// <summary>Null when not yet known; such conferences are listed with the past ones.</summary>
    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Venue { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Venue; null until staff translate it.</summary>
    public string? VenueZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Description; null until staff translate it.</summary>
    public string? DescriptionZh { get; set; }

    public string? WebsiteUrl { get; set; }
}
