using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Search;

/// <summary>One result: its title in the page's language, its address, and a snippet (encoded HTML with &lt;mark&gt;; see <see cref="SearchSnippet"/>).</summary>
public sealed record SearchHit(Localization.LocalizedText Title, string Url, HtmlString? Snippet);
