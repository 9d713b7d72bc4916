namespace NjitInternational.Web.Data.Entities;

/// <summary>A prospective student's enquiry from the public form; read by staff in the admin area.</summary>
public class Enquiry
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? CountryName { get; set; }

    public int? ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public string Message { get; set; } = string.Empty;

    public bool ConsentGiven { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public bool IsRead { get; set; }

    public DateTime? HandledAtUtc { get; set; }

    public string? HandledBy { get; set; }

    /// <summary>The language of the page the enquiry was written from; replies are mailed in it.</summary>
    public string Culture { get; set; } = "en";

    /// <summary>What the enquiry is about in a few words; reaches the office's mail subject.</summary>
    public string? Topic { get; set; }

    public List<EnquiryReply> Replies { get; } = [];
}
