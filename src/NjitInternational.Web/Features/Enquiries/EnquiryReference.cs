namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// The reference a visitor quotes about an enquiry: derived from its id, so it never changes and
/// staff find the enquiry by it (ENQ-000123 is enquiry 123).
/// </summary>
public static class EnquiryReference
{
    public static string Of(int enquiryId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ENQ-{enquiryId:D6}");
}
