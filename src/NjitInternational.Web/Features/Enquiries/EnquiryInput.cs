using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// What the public enquiry form may post. Lengths match Data/Configurations/EnquiryConfiguration.cs.
/// <see cref="Website"/> is the honeypot: hidden from people, filled in by form-filling bots.
/// </summary>
public sealed class EnquiryInput
{
    public const int NameLength = 150;
    public const int EmailLength = 254;
    public const int CountryLength = 100;
    public const int TopicLength = 150;
    public const int MessageLength = 4000;

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(NameLength, ErrorMessage = "Your name must be at most {1} characters.")]
    [NoControlCharacters(ErrorMessage = "Use letters, digits and punctuation only: no line breaks or control characters.")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your email address.")]
    [StringLength(EmailLength, ErrorMessage = "The email address must be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [NoControlCharacters(ErrorMessage = "Use letters, digits and punctuation only: no line breaks or control characters.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = string.Empty;

    [StringLength(TopicLength, ErrorMessage = "The topic must be at most {1} characters.")]
    [NoControlCharacters(ErrorMessage = "Use letters, digits and punctuation only: no line breaks or control characters.")]
    [Display(Name = "Topic (optional)")]
    public string? Topic { get; set; }

    [StringLength(CountryLength, ErrorMessage = "The country or region must be at most {1} characters.")]
    [NoControlCharacters(ErrorMessage = "Use letters, digits and punctuation only: no line breaks or control characters.")]
    [Display(Name = "Country or region (optional)")]
    public string? Country { get; set; }

    [Display(Name = "Programme of interest (optional)")]
    public int? ProgrammeId { get; set; }

    [Required(ErrorMessage = "Enter your message.")]
    [StringLength(MessageLength, ErrorMessage = "Your message must be at most {1} characters.")]
    [Display(Name = "Your message")]
    public string Message { get; set; } = string.Empty;

    [MustBeTicked(ErrorMessage = "Tick the box to agree that we store your enquiry.")]
    [Display(Name = "I agree that NJIT's international office stores this enquiry and replies to me by email.")]
    public bool Consent { get; set; }

    /// <summary>The honeypot; a person never sees or fills it.</summary>
    public string? Website { get; set; }
}
