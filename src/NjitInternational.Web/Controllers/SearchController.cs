using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Search;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class SearchController(SiteSearchQuery search) : Controller
{
    /// <summary>Any q is accepted: it is trimmed and cut to <see cref="SiteSearchQuery.MaxQueryLength"/> characters.</summary>
    [HttpGet("/search")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.AllContent])]
    [EnableRateLimiting(RateLimitPolicies.Search)]
    public async Task<IActionResult> Index([FromQuery] string? q, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(q, cancellationToken));
}
