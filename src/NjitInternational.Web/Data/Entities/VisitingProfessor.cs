namespace NjitInternational.Web.Data.Entities;

public class VisitingProfessor : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Name; null until staff translate it.</summary>
    public string? NameZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    /// <summary>Academic title, e.g. "Professor".</summary>
    public string? Title { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Title; null until staff translate it.</summary>
    public string? TitleZh { get; set; }

    /// <summary>E.g. "Member, US National Academy of Engineering"; shown prominently.</summary>
    public string? Honours { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Honours; null until staff translate it.</summary>
    public string? HonoursZh { get; set; }

    public string? HomeInstitution { get; set; }

    /// <summary>Chinese (Simplified) counterpart of HomeInstitution; null until staff translate it.</summary>
    public string? HomeInstitutionZh { get; set; }

    public string? Field { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Field; null until staff translate it.</summary>
    public string? FieldZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? Biography { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Biography; null until staff translate it.</summary>
    public string? BiographyZh { get; set; }

    public string? PhotoUrl { get; set; }

    /// <summary>The photo from the media library (wins over <see cref="PhotoUrl"/>).</summary>
    public int? PhotoMediaId { get; set; }

    public MediaItem? PhotoMedia { get; set; }

    /// <summary>Free text such as "2018, 2019".</summary>
    public string? YearsOfVisits { get; set; }
}
