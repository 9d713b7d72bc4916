namespace NjitInternational.Web.Data.Entities;

public class VisitingProfessor : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    /// <summary>Academic title, e.g. "Professor".</summary>
    public string? Title { get; set; }

    /// <summary>E.g. "Member, US National Academy of Engineering"; shown prominently.</summary>
    public string? Honours { get; set; }

    public string? HomeInstitution { get; set; }

    public string? Field { get; set; }

    /// <summary>Markdown.</summary>
    public string? Biography { get; set; }

    public string? PhotoUrl { get; set; }

    /// <summary>The photo from the media library (wins over <see cref="PhotoUrl"/>).</summary>
    public int? PhotoMediaId { get; set; }

    public MediaItem? PhotoMedia { get; set; }

    /// <summary>Free text such as "2018, 2019".</summary>
    public string? YearsOfVisits { get; set; }
}
