using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// Punctuation the views put around data, in the page's language: Chinese text takes full-width
/// brackets without a space before them and lists joined by 、; English takes " (…)" and ", ".
/// </summary>
public static class Punctuation
{
    /// <summary>
    /// " (Finland)" in English, "（芬兰）" in Chinese: the leading space belongs to the English form.
    /// HTML content (a <see cref="LocalizedText"/> with its <c>lang</c> span) is kept as it is.
    /// </summary>
    public static IHtmlContent Parenthesized(object? value)
    {
        var builder = new HtmlContentBuilder(3).Append(OpenBracket);
        _ = value is IHtmlContent html ? builder.AppendHtml(html) : builder.Append(Convert.ToString(value, SiteCultures.Current.Culture) ?? string.Empty);
        return builder.Append(CloseBracket);
    }

    /// <summary>" (" in English, "（" in Chinese, for brackets around markup such as a link.</summary>
    public static string OpenBracket => SiteCultures.IsChinese ? "（" : " (";

    public static string CloseBracket => SiteCultures.IsChinese ? "）" : ")";

    /// <summary>"Finland, Sweden" in English, "芬兰、瑞典" in Chinese.</summary>
    public static string List(IEnumerable<string> items) =>
        string.Join(SiteCultures.IsChinese ? "、" : ", ", items);
}
