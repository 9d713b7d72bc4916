using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.About;

public sealed record AboutPage(string Slug, LocalizedText Title, LocalizedText? Summary, IHtmlContent Body, Media.MediaImage? Image = null);

/// <summary>Published prose pages served at /about/{slug}.</summary>
public sealed class AboutPageQuery(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    /// <summary>
    /// Pages that have a landing page of their own (built by the programmes feature): /about/{slug}
    /// redirects there, so each page has one address.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LandingPages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["study-abroad"] = "/study-abroad",
        ["study-at-njit"] = "/study-at-njit",
    };

    public static string PathOf(string slug) =>
        LandingPages.TryGetValue(slug, out var landing) ? landing : "/about/" + Uri.EscapeDataString(slug);

    public async Task<AboutPage?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Pages.AsNoTracking().Published(_now)
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Slug,
                p.Title,
                p.TitleZh,
                p.Summary,
                p.SummaryZh,
                p.Body,
                p.BodyZh,
                Image = p.ImageMedia == null ? null : new Media.MediaImage(p.ImageMedia.Key, p.ImageMedia.VariantWidths, p.ImageMedia.Width, p.ImageMedia.Height, p.ImageMedia.AltText, p.ImageMedia.IsDecorative),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new AboutPage(row.Slug, LocalizedText.Of(row.Title, row.TitleZh), LocalizedText.Pick(row.Summary, row.SummaryZh), markdown.RenderLocalized(row.Body, row.BodyZh), row.Image);
    }
}
