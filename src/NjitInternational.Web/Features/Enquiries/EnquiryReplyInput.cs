using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>A reply staff write on an enquiry's page; plain text (mailed as written, shown encoded).</summary>
public sealed class EnquiryReplyInput
{
    public const int BodyLength = 8000;

    [Required(ErrorMessage = "Write the reply.")]
    [StringLength(BodyLength, ErrorMessage = "The reply must be at most {1} characters.")]
    [Display(Name = "Reply")]
    public string Body { get; set; } = string.Empty;
}

public sealed record EnquiryReplyRow(string Body, string SentBy, DateTime SentAtUtc);
