using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Settings;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

/// <summary>The contact page (the footer's "Contact us"): the office's details as staff entered them.</summary>
[LocalizedRoutes]
public sealed class ContactController(SiteSettingsStore settings) : Controller
{
    [HttpGet("/contact")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Pages])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ContactViewModel.From(await settings.GetAsync(cancellationToken)));
}
