namespace NjitInternational.Web.Features.Enquiries;

/// <summary>One row of the CSV export.</summary>
public sealed record EnquiryExportRow(
    int Id,
    DateTime SubmittedAtUtc,
    string Name,
    string Email,
    string? Country,
    string? Programme,
    string Message,
    bool ConsentGiven,
    bool IsRead,
    DateTime? HandledAtUtc,
    string? HandledBy);
