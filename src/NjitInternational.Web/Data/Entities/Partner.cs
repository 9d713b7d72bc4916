namespace NjitInternational.Web.Data.Entities;

/// <summary>A partner institution (university) NJIT cooperates with.</summary>
public class Partner : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Name; null until staff translate it.</summary>
    public string? NameZh { get; set; }

    public string? ShortName { get; set; }

    /// <summary>Chinese (Simplified) counterpart of ShortName; null until staff translate it.</summary>
    public string? ShortNameZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    public int CountryId { get; set; }

    public Country? Country { get; set; }

    public string? City { get; set; }

    /// <summary>Chinese (Simplified) counterpart of City; null until staff translate it.</summary>
    public string? CityZh { get; set; }

    public string? WebsiteUrl { get; set; }

    public int? PartnerSince { get; set; }

    /// <summary>A partner can cooperate in several ways at once (e.g. degree programmes and exchange).</summary>
    public List<PartnerPartnershipKind> PartnershipKinds { get; set; } = [];

    public string? Summary { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Summary; null until staff translate it.</summary>
    public string? SummaryZh { get; set; }

    /// <summary>Markdown; rendered through the sanitising Markdown renderer.</summary>
    public string? Body { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Body; null until staff translate it.</summary>
    public string? BodyZh { get; set; }

    public string? LogoUrl { get; set; }

    /// <summary>The logo from the media library (wins over <see cref="LogoUrl"/>).</summary>
    public int? LogoMediaId { get; set; }

    public MediaItem? LogoMedia { get; set; }

    public DateOnly? AgreementValidUntil { get; set; }

    public bool IsFeatured { get; set; }

    public List<ProgrammePartner> Programmes { get; set; } = [];

    public List<AllianceMember> AllianceMemberships { get; set; } = [];
}
