using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// Keeps visitors in their language: on a page under /en or /zh, a site-relative link to a localized
/// page (<c>href="/partners/x"</c>, <c>action="/search"</c>) gets the page's prefix. Views keep writing
/// plain paths; links to files, CSV, the sitemap and the admin area are left alone.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("link", Attributes = "href", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class LocalizedUrlTagHelper(LocalizedRouteTable routes, HtmlEncoder encoder) : TagHelper
{
    /// <summary>After the URL-resolution tag helper (~/ paths).</summary>
    public override int Order => 100;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = SiteCultures.OfRequest(ViewContext.HttpContext);
        if (culture is null)
        {
            return;
        }

        var name = output.TagName == "form" ? "action" : "href";
        if (!output.Attributes.TryGetAttribute(name, out var attribute))
        {
            return;
        }

        var encoded = attribute.Value switch
        {
            string s => encoder.Encode(s),
            IHtmlContent html => Render(html),
            _ => null,
        };
        if (encoded is null || !routes.IsLocalizable(encoded))
        {
            return;
        }

        output.Attributes.SetAttribute(name, new HtmlString(routes.Localize(encoded, culture)));
    }

    private string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, encoder);
        return writer.ToString();
    }
}
