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
    string? HandledBy)
{
    /// <summary>What staff replied from the site, oldest first.</summary>
    public IReadOnlyList<EnquiryReplyRow> Replies { get; init; } = [];

    public string? Topic { get; init; }

    public EnquiryReplyInput Reply { get; init; } = new();
}
