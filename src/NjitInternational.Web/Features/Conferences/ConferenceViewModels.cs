using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Conferences;

public sealed record ConferenceListItem(
    string Slug,
    string Title,
    string? Topic,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Venue);

public sealed record ConferenceList(
    IReadOnlyList<ConferenceListItem> Upcoming,
    IReadOnlyList<ConferenceListItem> Past);

public sealed record ConferenceDetail(
    string Slug,
    string Title,
    string? Topic,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Venue,
    IHtmlContent Description,
    bool HasDescription,
    string? WebsiteUrl,
    bool IsUpcoming);
