using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Seed;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class HomeController(AppDbContext db, SiteFiguresQuery figures, ProgrammeCatalogueQuery programmes, MarkdownRenderer markdown, Features.Settings.SiteSettingsStore settings, TimeProvider clock) : Controller
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private const int ProgrammesShown = 4;
    private const int ConferencesShown = 3;

    [HttpGet("/")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.AllContent])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var overview = await db.Pages.AsNoTracking()
            .Published(_now)
            .Where(p => p.Slug == SeedData.OverviewSlug)
            .Select(p => new { p.Title, p.TitleZh, p.Body, p.BodyZh })
            .FirstOrDefaultAsync(cancellationToken);

        var (programmeList, featured) = await programmes.GetForHomeAsync(ProgrammesShown, cancellationToken);

        // Latest first; conferences without a date yet come last.
        var conferences = await db.Conferences.AsNoTracking().Published(_now)
            .OrderBy(c => c.StartDate == null).ThenByDescending(c => c.StartDate).ThenBy(c => c.Title)
            .Take(ConferencesShown)
            .Select(c => new ConferenceSummary(c.Slug, LocalizedText.Of(c.Title, c.TitleZh), LocalizedText.Pick(c.Topic, c.TopicZh), c.StartDate))
            .ToListAsync(cancellationToken);

        return View(new HomeViewModel(
            LocalizedText.Of(overview?.Title ?? string.Empty, overview?.TitleZh),
            markdown.RenderLocalized(overview?.Body, overview?.BodyZh),
            await figures.GetAsync(cancellationToken),
            programmeList,
            featured,
            conferences,
            await settings.GetAsync(cancellationToken)));
    }
}
