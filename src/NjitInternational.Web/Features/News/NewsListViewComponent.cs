using Microsoft.AspNetCore.Mvc;

namespace NjitInternational.Web.Features.News;

/// <summary>
/// The newest news as a section of another page: the home page, or a partner's or programme's page
/// (only the news about it). Renders nothing when there is none. Its pages carry the news cache tag.
/// </summary>
public sealed class NewsListViewComponent(NewsQueries news) : ViewComponent
{
    public const int Count = 3;

    public async Task<IViewComponentResult> InvokeAsync(string heading, string? partnerSlug = null, string? programmeSlug = null)
    {
        var items = await news.LatestAsync(Count, partnerSlug, programmeSlug, HttpContext.RequestAborted);
        return View(new NewsListSection(heading, items));
    }
}
