using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Data.Seed;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

public sealed class HomeController(AppDbContext db, SiteFiguresQuery figures, MarkdownRenderer markdown) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Countries, CacheTags.Partners, CacheTags.Alliances, CacheTags.Programmes, CacheTags.VisitingProfessors, CacheTags.Conferences, CacheTags.Pages])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var overview = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == SeedData.OverviewSlug && p.Status == PublicationStatus.Published)
            .Select(p => new { p.Title, p.Body })
            .FirstOrDefaultAsync(cancellationToken);

        return View(new HomeViewModel(
            overview?.Title ?? string.Empty,
            markdown.Render(overview?.Body),
            await figures.GetAsync(cancellationToken)));
    }
}
