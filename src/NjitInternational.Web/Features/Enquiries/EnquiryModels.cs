namespace NjitInternational.Web.Features.Enquiries;

public sealed record EnquiryListItem(int Id, string Name, string Email, DateTime SubmittedAtUtc, bool IsRead, bool IsHandled);

public sealed record EnquiryListViewModel(IReadOnlyList<EnquiryListItem> Items, string Filter, int Page, int PageCount, int Total);

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
