using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Conferences;

public sealed record ConferenceListItem(
    string Slug,
    LocalizedText Title,
    LocalizedText? Topic,
    DateOnly? StartDate,
    DateOnly? EndDate,
    LocalizedText? Venue);
