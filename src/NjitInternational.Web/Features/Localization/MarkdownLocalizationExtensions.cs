using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Localization;

public static class MarkdownLocalizationExtensions
{
    /// <summary>Renders the Markdown of the page's language, falling back to the other (marked with its lang).</summary>
    public static LocalizedHtml RenderLocalized(this MarkdownRenderer renderer, string? english, string? chinese)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var choice = LocalizedText.Pick(english, chinese);
        return choice is null
            ? new LocalizedHtml(Microsoft.AspNetCore.Html.HtmlString.Empty, SiteCultures.Current.HtmlLang, false, true)
            : new LocalizedHtml(renderer.Render(choice.Text), choice.Lang, choice.IsFallback, false);
    }
}
