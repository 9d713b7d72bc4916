using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// Punctuation the views put around data, in the page's language: Chinese text takes full-width
/// brackets with no space before them, and lists joined by 、; English takes " (…)" and ", ".
/// </summary>
public static class Punctuation
{
    /// <summary>The space before a bracket: " " in English, none in Chinese (（ carries its own).</summary>
    public static string BeforeBracket => SiteCultures.IsChinese ? string.Empty : " ";

    /// <summary>" (" in English, "（" in Chinese, for brackets around markup such as a link.</summary>
    public static string OpenBracket => BeforeBracket + (SiteCultures.IsChinese ? "（" : "(");

    public static string CloseBracket => SiteCultures.IsChinese ? "）" : ")";

    /// <summary>
    /// "(Finland)" in English, "（芬兰）" in Chinese, without the space before it (<see cref="BeforeBracket"/>).
    /// HTML content (a <see cref="LocalizedText"/> with its <c>lang</c> span) is kept as it is.
    /// </summary>
    public static IHtmlContent Parenthesized(object? value)
    {
        var builder = new HtmlContentBuilder(3).Append(SiteCultures.IsChinese ? "（" : "(");
        _ = value is IHtmlContent html ? builder.AppendHtml(html) : builder.Append(Convert.ToString(value, SiteCultures.Current.Culture) ?? string.Empty);
        return builder.Append(CloseBracket);
    }

    /// <summary>"Finland, Sweden" in English, "芬兰、瑞典" in Chinese.</summary>
    public static string List(IEnumerable<string> items) =>
        string.Join(SiteCultures.IsChinese ? "、" : ", ", items);
}
