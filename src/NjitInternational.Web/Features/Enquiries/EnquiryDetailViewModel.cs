namespace NjitInternational.Web.Features.Enquiries;

public sealed record EnquiryDetailViewModel(
    int Id,
    string Name,
    string Email,
    string? CountryName,
    string? ProgrammeTitle,
    string Message,
    bool ConsentGiven,
    DateTime SubmittedAtUtc,
    bool IsRead,
    DateTime? HandledAtUtc,
    string? HandledBy);
