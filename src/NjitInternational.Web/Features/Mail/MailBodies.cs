using System.Net;
using System.Text;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Builds the two bodies of a message from the same parts, so the text and HTML versions always
/// say the same thing. Every value is HTML-encoded; only the links are made clickable.
/// </summary>
public sealed class MailBodies(string culture)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailBodies Heading(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<h2>").Append(WebUtility.HtmlEncode(text)).Append("</h2>\n");
        return this;
    }

    public MailBodies Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>\n")).Append("</p>\n");
        return this;
    }

    public MailBodies Link(string label, string url)
    {
        _text.Append(label).Append('\n').Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
            .Append(WebUtility.HtmlEncode(label)).Append("</a></p>\n");
        return this;
    }

    public MailBodies List(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>\n");
        }

        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    public string Text => _text.ToString().TrimEnd() + "\n";

    public string Html =>
        $"<!DOCTYPE html>\n<html lang=\"{culture}\"><head><meta charset=\"utf-8\"></head><body>\n{_html}</body></html>\n";
}
