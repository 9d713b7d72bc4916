using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// Turns staff-written Markdown into HTML that is safe to show a visitor: Markdig renders, then
/// HtmlSanitizer removes scripts, event handlers and non-http(s)/mailto links. Staff write links to
/// the site's pages as plain paths (/partners/x); they are rendered under the page's language prefix
/// (/zh/partners/x), so a reader stays in the language they are reading.
/// </summary>
public sealed class MarkdownRenderer(LocalizedRouteTable localizedRoutes)
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        var culture = SiteCultures.Current;
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null))
        {
            link.Url = localizedRoutes.Localize(link.Url!, culture);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(_sanitizer.Sanitize(writer.ToString()));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
