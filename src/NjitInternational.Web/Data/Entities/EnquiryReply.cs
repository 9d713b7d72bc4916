namespace NjitInternational.Web.Data.Entities;

/// <summary>A reply staff wrote on an enquiry's admin page and mailed to the enquirer: the thread.</summary>
public class EnquiryReply
{
    public int Id { get; set; }

    public int EnquiryId { get; set; }

    public Enquiry? Enquiry { get; set; }

    /// <summary>Plain text; mailed as written and shown encoded.</summary>
    public string Body { get; set; } = string.Empty;

    public string SentBy { get; set; } = string.Empty;

    public DateTime SentAtUtc { get; set; }
}
