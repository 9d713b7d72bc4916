namespace NjitInternational.Web.Features.Enquiries;

public sealed record EnquiryListViewModel(IReadOnlyList<EnquiryListItem> Items, string Filter, int Page, int PageCount, int Total);
