namespace NjitInternational.Web.Data.Entities;

/// <summary>A news item or call for applications, optionally about some programmes and partners.</summary>
public class NewsItem : ContentEntity
{
    public string Title { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Title; null until staff translate it.</summary>
    public string? TitleZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    /// <summary>The date the item is dated with (lists are newest first by it); set by staff.</summary>
    public DateOnly PublishedOn { get; set; }

    /// <summary>Plain text: list entries, the feed's summary and link previews.</summary>
    public string? Summary { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Summary; null until staff translate it.</summary>
    public string? SummaryZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? Body { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Body; null until staff translate it.</summary>
    public string? BodyZh { get; set; }

    /// <summary>An image shown above the body, from the media library.</summary>
    public int? ImageMediaId { get; set; }

    public MediaItem? ImageMedia { get; set; }

    /// <summary>
    /// The Atom entry id (<c>urn:uuid:…</c>): drawn once, so a feed reader keeps the entry when the
    /// title or slug changes, and kept by a restore from the revision history.
    /// </summary>
    public Guid FeedEntryId { get; set; } = Guid.NewGuid();

    public List<NewsProgramme> Programmes { get; set; } = [];

    public List<NewsPartner> Partners { get; set; } = [];
}
