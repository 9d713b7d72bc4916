namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// What the confirmation page tells the visitor who has just sent an enquiry. Carried to the page
/// in TempData (a protected cookie), never in the address, so the email address stays out of logs
/// and a reload or a shared link shows only the general thanks.
/// </summary>
public sealed record EnquiryReceipt(string Reference, string ReplyTo, int ReplyWithinDays, string? ProgrammeSlug);
