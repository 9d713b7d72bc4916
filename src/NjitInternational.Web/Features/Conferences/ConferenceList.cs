namespace NjitInternational.Web.Features.Conferences;

public sealed record ConferenceList(
    IReadOnlyList<ConferenceListItem> Upcoming,
    IReadOnlyList<ConferenceListItem> Past);
