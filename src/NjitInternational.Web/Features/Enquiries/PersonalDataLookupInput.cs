using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>The one email address the personal data page looks for, exports or deletes.</summary>
public sealed class PersonalDataLookupInput
{
    [Required(ErrorMessage = "Enter the email address to look for.")]
    [StringLength(EnquiryInput.EmailLength, ErrorMessage = "The email address must be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [NoControlCharacters(ErrorMessage = "Use letters, digits and punctuation only: no line breaks or control characters.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = string.Empty;
}
