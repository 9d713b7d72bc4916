using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Marks a Markdown field: the edit form offers a preview and the preview page renders it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute
{
}

/// <summary>What every content form with an address (slug) shares.</summary>
public interface ISluggedInput
{
    /// <summary>The text the slug is made from (name or title).</summary>
    string SlugSource { get; }

    string? Slug { get; set; }
}

/// <summary>
/// Staff choose the ISO 3166-1 code from the complete list (Features/Countries); the names, kind and
/// continent come from that list, never typed, so Hong Kong, Macao and Taiwan always read as regions
/// of China. The other fields are shown and exported, not bound.
/// </summary>
public sealed class CountryEditInput : ScheduledContentInput
{
    [Required(ErrorMessage = "Choose the country or region from the list."), Display(Name = "Country or region (ISO 3166-1)")]
    public string IsoCode { get; set; } = string.Empty;

    [BindNever, Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [BindNever, Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [BindNever, Display(Name = "Country or region")]
    public CountryKind Kind { get; set; }

    [BindNever, Display(Name = "Continent")]
    public WorldRegion WorldRegion { get; set; }
}

public sealed class PartnerEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(60), Display(Name = "Short name")]
    public string? ShortName { get; set; }

    [StringLength(60), Display(Name = "Short name in Chinese")]
    public string? ShortNameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Choose the country or region."), Display(Name = "Country or region")]
    public int? CountryId { get; set; }

    [StringLength(100), Display(Name = "City")]
    public string? City { get; set; }

    [StringLength(100), Display(Name = "City in Chinese")]
    public string? CityZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    [Range(1900, 2100), Display(Name = "Partner since (year)")]
    public int? PartnerSince { get; set; }

    [Display(Name = "Kinds of partnership")]
    public List<PartnershipKind> PartnershipKinds { get; set; } = [];

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body in Chinese (Markdown)")]
    public string? BodyZh { get; set; }

    [StringLength(500), Display(Name = "Logo URL")]
    public string? LogoUrl { get; set; }

    [Display(Name = "Logo (media library)")]
    public int? LogoMediaId { get; set; }

    [Display(Name = "Agreement valid until")]
    public DateOnly? AgreementValidUntil { get; set; }

    [Display(Name = "Featured on the home page")]
    public bool IsFeatured { get; set; }

    string ISluggedInput.SlugSource => Name;
}

public sealed class AllianceEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    [Range(1900, 2100), Display(Name = "Year joined")]
    public int? YearJoined { get; set; }

    string ISluggedInput.SlugSource => Name;
}

/// <summary>Adds one member to an alliance: a partner, or a named institution that is not a partner.</summary>
public sealed class AllianceMemberInput
{
    [Display(Name = "Partner")]
    public int? PartnerId { get; set; }

    [StringLength(200), Display(Name = "Or institution name (not a partner)")]
    public string? InstitutionName { get; set; }

    [Display(Name = "Its country or region")]
    public int? CountryId { get; set; }
}

public sealed class ProgrammeEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Kind of programme")]
    public ProgrammeKind Kind { get; set; }

    [Display(Name = "Who it is for")]
    public ProgrammeDirection? Direction { get; set; }

    [Display(Name = "Partners")]
    public List<int> PartnerIds { get; set; } = [];

    [StringLength(150), Display(Name = "Discipline")]
    public string? Discipline { get; set; }

    [StringLength(150), Display(Name = "Discipline in Chinese")]
    public string? DisciplineZh { get; set; }

    [StringLength(300), Display(Name = "Degrees awarded")]
    public string? DegreesAwarded { get; set; }

    [StringLength(300), Display(Name = "Degrees awarded in Chinese")]
    public string? DegreesAwardedZh { get; set; }

    [StringLength(20), Display(Name = "Study mode (e.g. 2+2)")]
    public string? StudyMode { get; set; }

    [StringLength(60), Display(Name = "Duration")]
    public string? Duration { get; set; }

    [StringLength(60), Display(Name = "Duration in Chinese")]
    public string? DurationZh { get; set; }

    [StringLength(60), Display(Name = "Language of instruction")]
    public string? LanguageOfInstruction { get; set; }

    [StringLength(60), Display(Name = "Language of instruction in Chinese")]
    public string? LanguageOfInstructionZh { get; set; }

    [Range(1900, 2100), Display(Name = "Running since (year)")]
    public int? RunningSince { get; set; }

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "How to apply (Markdown)")]
    public string? HowToApply { get; set; }

    [StringLength(20000), Markdown, Display(Name = "How to apply in Chinese (Markdown)")]
    public string? HowToApplyZh { get; set; }

    [Display(Name = "Applications open")]
    public DateOnly? ApplicationOpens { get; set; }

    [Display(Name = "Applications close")]
    public DateOnly? ApplicationCloses { get; set; }

    [Display(Name = "Featured on the home page")]
    public bool IsFeatured { get; set; }

    string ISluggedInput.SlugSource => Title;
}

public sealed class VisitingProfessorEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(150), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(150), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(100), Display(Name = "Academic title")]
    public string? Title { get; set; }

    [StringLength(100), Display(Name = "Academic title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(300), Display(Name = "Honours")]
    public string? Honours { get; set; }

    [StringLength(300), Display(Name = "Honours in Chinese")]
    public string? HonoursZh { get; set; }

    [StringLength(200), Display(Name = "Home institution")]
    public string? HomeInstitution { get; set; }

    [StringLength(200), Display(Name = "Home institution in Chinese")]
    public string? HomeInstitutionZh { get; set; }

    [StringLength(150), Display(Name = "Field")]
    public string? Field { get; set; }

    [StringLength(150), Display(Name = "Field in Chinese")]
    public string? FieldZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Biography (Markdown)")]
    public string? Biography { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Biography in Chinese (Markdown)")]
    public string? BiographyZh { get; set; }

    [StringLength(500), Display(Name = "Photo URL")]
    public string? PhotoUrl { get; set; }

    [Display(Name = "Photo (media library)")]
    public int? PhotoMediaId { get; set; }

    [StringLength(100), Display(Name = "Years of visits")]
    public string? YearsOfVisits { get; set; }

    string ISluggedInput.SlugSource => Name;
}

public sealed class ConferenceEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(150), Display(Name = "Topic")]
    public string? Topic { get; set; }

    [StringLength(150), Display(Name = "Topic in Chinese")]
    public string? TopicZh { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [StringLength(200), Display(Name = "Venue")]
    public string? Venue { get; set; }

    [StringLength(200), Display(Name = "Venue in Chinese")]
    public string? VenueZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    string ISluggedInput.SlugSource => Title;
}

public sealed class PageEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(50000), Markdown, Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Image (media library)")]
    public int? ImageMediaId { get; set; }

    [StringLength(50000), Markdown, Display(Name = "Body in Chinese (Markdown)")]
    public string? BodyZh { get; set; }

    string ISluggedInput.SlugSource => Title;
}
