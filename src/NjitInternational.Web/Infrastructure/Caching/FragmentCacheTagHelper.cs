using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// <c>&lt;fragment-cache key="..." tags="..."&gt;</c>: keeps the rendered HTML of part of a page in
/// <see cref="ContentDataCache"/>, so a page the output cache cannot serve (a signed-in editor, a
/// language switch, the cache turned off) still renders its costly part once per content version.
/// Exact like the data it shows: a save or scheduled change of content with one of the tags expires
/// it at once, and the data cache's maximum age bounds it. The key must name everything the
/// fragment shows (language, filter, page, and the minute when visibility depends on time).
/// </summary>
[HtmlTargetElement("fragment-cache")]
public sealed class FragmentCacheTagHelper(ContentDataCache cache, HtmlEncoder encoder) : TagHelper
{
    private const string KeyPrefix = "fragment|";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public string Key { get; set; } = string.Empty;

    public IReadOnlyList<string> Tags { get; set; } = [];

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        if (string.IsNullOrEmpty(Key))
        {
            throw new InvalidOperationException("<fragment-cache> needs a key naming everything the fragment shows.");
        }

        // Written with the site's encoder (all Unicode ranges allowed), not HtmlEncoder.Default,
        // which would turn every Chinese character of the cached copy into &#x...;.
        var html = await cache.GetOrCreateAsync(
            KeyPrefix + Key,
            Tags,
            async _ => (await output.GetChildContentAsync()).GetContent(encoder),
            ViewContext.HttpContext.RequestAborted);
        output.Content.SetHtmlContent(html);
    }
}
