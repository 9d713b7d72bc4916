using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Conferences;

public sealed record ConferenceDetail(
    string Slug,
    LocalizedText Title,
    LocalizedText? Topic,
    DateOnly? StartDate,
    DateOnly? EndDate,
    LocalizedText? Venue,
    IHtmlContent Description,
    bool HasDescription,
    string? WebsiteUrl,
    bool IsUpcoming);
