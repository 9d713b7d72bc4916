using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Features.Calendars;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Controllers;

/// <summary>
/// Calendar files (RFC 5545): the site calendar to subscribe to (application windows and conferences,
/// filterable like the programme catalogue) and one file per programme or conference ("Add to calendar").
/// </summary>
[LocalizedRoutes]
public sealed class CalendarsController(CalendarQuery calendars, CalendarFile file, IStringLocalizer<SharedResource> localizer) : Controller
{
    private string SiteRoot => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>
    /// Takes the catalogue's filters (see <see cref="ProgrammesController.Index"/>) through the same
    /// <see cref="ProgrammeFilter.Parse"/>. Unlike the catalogue page, which ignores a value it does not
    /// know, a calendar answers 400 for an unknown kind or direction: a subscription with a typo would
    /// otherwise hold every programme and nobody would see why.
    /// </summary>
    [HttpGet("/calendar.ics")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries, CacheTags.Conferences])]
    public async Task<IActionResult> Site(
        [FromQuery] string? kind,
        [FromQuery] string? direction,
        [FromQuery] string? partner,
        [FromQuery] string? country,
        [FromQuery] string? discipline,
        [FromQuery] string? language,
        [FromQuery] string? q,
        CancellationToken cancellationToken)
    {
        var filter = ProgrammeFilter.Parse(kind, direction, partner, country, discipline, language, q, page: null);
        if (!string.IsNullOrWhiteSpace(kind) && filter.Kind is null)
        {
            return Refuse("kind", string.Join(", ", ProgrammeLabels.Kinds.Select(ProgrammeLabels.KindSlug)));
        }

        if (!string.IsNullOrWhiteSpace(direction) && filter.Direction is null)
        {
            return Refuse("direction", "abroad, to-njit");
        }

        var entries = await calendars.GetSiteCalendarAsync(filter, cancellationToken);
        return Calendar(entries, localizer["NJIT International: application deadlines and conferences"], $"njit-international-{SiteCultures.Current.Segment}.ics");
    }

    [HttpGet("/programmes/{slug}/calendar.ics")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes])]
    public async Task<IActionResult> Programme(string slug, CancellationToken cancellationToken)
    {
        var entries = slug.Length <= 120 ? await calendars.GetProgrammeAsync(slug, cancellationToken) : null;
        return entries is null ? NotFound() : Calendar(entries, entries[0].Title, $"{slug}.ics");
    }

    [HttpGet("/conferences/{slug}/calendar.ics")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Conferences])]
    public async Task<IActionResult> Conference(string slug, CancellationToken cancellationToken)
    {
        var entries = slug.Length <= 120 ? await calendars.GetConferenceAsync(slug, cancellationToken) : null;
        return entries is null ? NotFound() : Calendar(entries, entries[0].Title, $"{slug}.ics");
    }

    private FileContentResult Calendar(IReadOnlyList<CalendarEntry> entries, string name, string fileName) =>
        File(file.Write(entries, name, SiteRoot), CalendarFile.ContentType, fileName);

    /// <summary>
    /// A calendar app shows no HTML error page, so the reason goes back as plain text; it names the
    /// parameter and the allowed values, never the value sent (nothing a visitor typed is echoed).
    /// </summary>
    private ContentResult Refuse(string parameter, string allowed) => new()
    {
        StatusCode = StatusCodes.Status400BadRequest,
        ContentType = "text/plain; charset=utf-8",
        Content = localizer["Unknown value for {0}. Use one of: {1}.", parameter, allowed],
    };
}
