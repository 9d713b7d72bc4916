namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// The personal data page: the address form and, once an address was looked up, its enquiries
/// (<see cref="Enquiries"/> is null before a search).
/// </summary>
public sealed record PersonalDataViewModel(PersonalDataLookupInput Input, IReadOnlyList<EnquirerEnquiryRow>? Enquiries = null);
