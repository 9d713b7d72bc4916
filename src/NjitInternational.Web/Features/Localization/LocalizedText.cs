using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// A content text in the page's language when it has one, else in the other language. It renders
/// itself: a text not in the page's language is wrapped in <c>&lt;span lang="…"&gt;</c> so screen
/// readers pronounce it right. <see cref="ToString"/> is the bare text (titles, attributes).
/// </summary>
public sealed record LocalizedText(string Text, string Lang, bool IsFallback) : IHtmlContent
{
    /// <summary>The text for the current request's language; null when neither language has one.</summary>
    public static LocalizedText? Pick(string? english, string? chinese) => Pick(english, chinese, SiteCultures.Current);

    public static LocalizedText? Pick(string? english, string? chinese, SiteCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var wantChinese = ReferenceEquals(culture, SiteCultures.Chinese);
        var (first, firstCulture, second, secondCulture) = wantChinese
            ? (chinese, SiteCultures.Chinese, english, SiteCultures.English)
            : (english, SiteCultures.English, chinese, SiteCultures.Chinese);
        if (!string.IsNullOrWhiteSpace(first))
        {
            return new LocalizedText(first, firstCulture.HtmlLang, false);
        }

        return string.IsNullOrWhiteSpace(second) ? null : new LocalizedText(second, secondCulture.HtmlLang, true);
    }

    /// <summary>For required fields (names, titles): never null; empty only if the English is.</summary>
    public static LocalizedText Of(string english, string? chinese) =>
        Pick(english, chinese) ?? new LocalizedText(english ?? string.Empty, SiteCultures.English.HtmlLang, !SiteCultures.IsChinese);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        if (IsFallback)
        {
            writer.Write("<span lang=\"");
            encoder.Encode(writer, Lang);
            writer.Write("\">");
            encoder.Encode(writer, Text);
            writer.Write("</span>");
        }
        else
        {
            encoder.Encode(writer, Text);
        }
    }

    public override string ToString() => Text;
}

/// <summary>Rendered Markdown in the page's language, or the other language's wrapped in a <c>div lang</c>.</summary>
public sealed record LocalizedHtml(IHtmlContent Html, string Lang, bool IsFallback, bool IsEmpty) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (IsFallback)
        {
            writer.Write("<div lang=\"");
            writer.Write(encoder.Encode(Lang));
            writer.Write("\">");
            Html.WriteTo(writer, encoder);
            writer.Write("</div>");
        }
        else
        {
            Html.WriteTo(writer, encoder);
        }
    }
}
