namespace NjitInternational.Web.Features.Enquiries;

public sealed record EnquiryListItem(int Id, string Name, string Email, DateTime SubmittedAtUtc, bool IsRead, bool IsHandled);
