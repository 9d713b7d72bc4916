using Microsoft.AspNetCore.Mvc;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// The "Applications closing soon" block of the home and study-abroad pages (one line in each view:
/// <c>@await Component.InvokeAsync("ClosingSoon", new { direction })</c>). Renders nothing, not even
/// a heading, when no window closes soon. The pages are output-cached, so a day's change shows
/// within one cache lifetime (OutputCache:ExpirationSeconds).
/// </summary>
public sealed class ClosingSoonViewComponent(ClosingSoonQuery closingSoon) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(DirectionFilter? direction)
    {
        var items = await closingSoon.GetAsync(direction, HttpContext.RequestAborted);
        return items.Count == 0 ? Content(string.Empty) : View(items);
    }
}
