namespace NjitInternational.Web.Data.Entities;

/// <summary>An editable prose page addressed by slug.</summary>
public class Page : ContentEntity
{
    public string Title { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Title; null until staff translate it.</summary>
    public string? TitleZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string? Summary { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Summary; null until staff translate it.</summary>
    public string? SummaryZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? Body { get; set; }

    /// <summary>An image shown above the body, from the media library.</summary>
    public int? ImageMediaId { get; set; }

    public MediaItem? ImageMedia { get; set; }
    /// <summary>Chinese (Simplified) counterpart of Body; null until staff translate it.</summary>
    public string? BodyZh { get; set; }
}
