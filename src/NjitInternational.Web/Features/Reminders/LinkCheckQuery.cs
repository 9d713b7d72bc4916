using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Scheduling;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Reminders;

/// <summary>An internal link in a Markdown field that leads nowhere a visitor can go.</summary>
public sealed record BrokenLink(string ContentType, string Title, string EditUrl, string Field, string Link, string Reason);

/// <summary>
/// Finds internal links (<c>/partners/x</c>, <c>/about/y</c>, …) in every Markdown field that
/// point to a missing or unpublished public page. Links are read by parsing the Markdown with
/// Markdig (so code spans and text that merely looks like a path are ignored) and matched against
/// the site's own public GET routes, taken from the endpoint table; a route with a slug is checked
/// against the records of its content type with the public visibility rule. No HTTP calls.
/// Archived records are not checked (nobody sees their links). Absolute links to other hosts
/// and links to files (a path with an extension) are not checked.
/// The result is kept in <see cref="ContentDataCache"/> (per minute, as visibility follows the
/// clock) until any content is saved or a scheduled moment passes, so the dashboard does not parse
/// every Markdown field on each load.
/// </summary>
public sealed class LinkCheckQuery(AppDbContext db, EndpointDataSource endpoints, TimeProvider clock, ContentDataCache cache)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UsePipeTables().Build();

    private sealed record Target(PublicationStatus Status, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc);

    public Task<IReadOnlyList<BrokenLink>> GetAsync(CancellationToken cancellationToken)
    {
        var now = PublishedQueries.Now(clock);
        return cache.GetOrCreateAsync(
            "admin:link-check:" + ContentDataCache.Minute(clock).ToString(CultureInfo.InvariantCulture),
            CacheTags.All,
            ct => CheckAsync(now, ct),
            cancellationToken);
    }

    private async Task<IReadOnlyList<BrokenLink>> CheckAsync(DateTime now, CancellationToken cancellationToken)
    {
        var sources = await SourcesAsync(cancellationToken);
        var routes = PublicRoutes();

        // Every internal link, resolved to a route; slug routes are looked up in one query per type.
        var links = new List<(MarkdownSource Source, string Link, string Path, Route? Route, string? Slug)>();
        foreach (var source in sources)
        {
            foreach (var link in InternalLinks(source.Markdown))
            {
                var path = NormalisePath(link);
                if (path is null)
                {
                    continue;
                }

                var (route, slug) = Match(routes, path);
                links.Add((source, link, path, route, slug));
            }
        }

        var targets = new Dictionary<(string Section, string Slug), Target>();
        foreach (var group in links.Where(l => l.Slug is not null && l.Route?.Section is not null).GroupBy(l => l.Route!.Section!))
        {
            var slugs = group.Select(l => l.Slug!).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (slug, target) in await TargetsAsync(group.Key, slugs, now, cancellationToken))
            {
                targets[(group.Key, slug)] = target;
            }
        }

        var broken = new List<BrokenLink>();
        foreach (var (source, link, _, route, slug) in links)
        {
            string? reason = route switch
            {
                null => "No such page",
                { Section: null } => null,
                _ when slug is null => null,
                _ => targets.TryGetValue((route.Section, slug), out var target)
                    ? Describe(target, now)
                    : "No such page",
            };
            if (reason is not null)
            {
                broken.Add(new BrokenLink(source.Type.Plural, source.Title, source.Type.EditPath(source.Id), source.Field, link, reason));
            }
        }

        return [.. broken.OrderBy(b => b.ContentType, StringComparer.Ordinal).ThenBy(b => b.Title, StringComparer.CurrentCulture).ThenBy(b => b.Link, StringComparer.Ordinal)];
    }

    /// <summary>The links of a Markdown text that start with a single slash (site-relative).</summary>
    public static IEnumerable<string> InternalLinks(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            yield break;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var inline in document.Descendants<LinkInline>())
        {
            if (!inline.IsImage && inline.Url is { } url && IsSiteRelative(url))
            {
                yield return url;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (autolink.Url is { } url && IsSiteRelative(url))
            {
                yield return url;
            }
        }
    }

    private static bool IsSiteRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The path without query or fragment, unescaped and without a trailing slash; null for files.</summary>
    private static string? NormalisePath(string link)
    {
        var path = link.Split('#', '?')[0];
        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        // /en/partners/x and /zh/partners/x are the same page as /partners/x (which redirects by language).
        path = SiteCultures.StripPrefix(Uri.UnescapeDataString(path));
        var last = path[(path.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal) && !PublicFileRoutes.Contains(path) ? null : path;
    }

    /// <summary>Public routes that look like files (they are pages of the site).</summary>
    private static readonly HashSet<string> PublicFileRoutes = new(StringComparer.OrdinalIgnoreCase) { "/partners.csv", "/programmes.csv", "/sitemap.xml", "/robots.txt" };

    /// <summary>A public GET route; <see cref="Section"/> is its first segment when it takes a slug of a content type.</summary>
    private sealed record Route(RoutePattern Pattern, TemplateMatcher? Matcher, string? Section);

    /// <summary>The content types with public pages, by the first segment of their address.</summary>
    private static readonly Dictionary<string, ContentType> SlugSections = ContentTypes.All
        .Where(t => t.PublicSegment is not null)
        .ToDictionary(t => t.PublicSegment!, StringComparer.Ordinal);

    private List<Route> PublicRoutes()
    {
        var routes = new List<Route>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var raw = pattern.RawText?.TrimStart('/') ?? string.Empty;
            // Public pages are attribute-routed; the conventional routes ({controller}/{action}) and the
            // static-asset fallback ({**path}) would match anything.
            if (methods is null || !methods.Contains("GET") || raw.StartsWith("admin", StringComparison.OrdinalIgnoreCase)
                || pattern.Parameters.Any(p => p.IsCatchAll || p.Name is "controller" or "action" or "area" or SiteCultures.RouteKey))
            {
                continue;
            }

            if (pattern.Parameters.Count == 0)
            {
                routes.Add(new Route(pattern, null, null));
                continue;
            }

            var first = pattern.PathSegments.Count > 0 && pattern.PathSegments[0].IsSimple && pattern.PathSegments[0].Parts[0] is RoutePatternLiteralPart literal
                ? literal.Content
                : null;
            var section = first is not null && SlugSections.ContainsKey(first) && pattern.Parameters.Count == 1 && pattern.Parameters[0].Name == "slug" ? first : null;
            routes.Add(new Route(pattern, new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary()), section));
        }

        // Literal routes first: "/partners/map" is a page, not the partner "map".
        return [.. routes.OrderBy(r => r.Matcher is null ? 0 : 1)];
    }

    private static (Route? Route, string? Slug) Match(List<Route> routes, string path)
    {
        foreach (var route in routes)
        {
            if (route.Matcher is null)
            {
                if (string.Equals("/" + (route.Pattern.RawText?.TrimStart('/') ?? string.Empty), path, StringComparison.OrdinalIgnoreCase))
                {
                    return (route, null);
                }

                continue;
            }

            var values = new RouteValueDictionary();
            if (route.Matcher.TryMatch(path, values))
            {
                return (route, route.Section is null ? null : values["slug"] as string);
            }
        }

        return (null, null);
    }

    private static string? Describe(Target target, DateTime now)
    {
        if (PublishedQueries.IsVisible(target.Status, target.PublishAtUtc, target.UnpublishAtUtc, now))
        {
            return null;
        }

        return target switch
        {
            { Status: PublicationStatus.Archived } => "Archived",
            { PublishAtUtc: { } p } when p > now => $"Not published until {ScheduleRules.FormatChina(p)}",
            { UnpublishAtUtc: { } u } when u <= now => "Unpublished",
            _ => "Draft",
        };
    }

    private async Task<List<(string Slug, Target Target)>> TargetsAsync(string section, List<string> slugs, DateTime now, CancellationToken cancellationToken)
    {
        if (!SlugSections.TryGetValue(section, out var type))
        {
            return [];
        }

        // A type with its own visibility rule (a partner needs a visible country): a published
        // record the rule hides reads as a draft.
        var matching = type.Summaries(db).Where(e => slugs.Contains(e.Slug!));
        var visibleIds = type.VisibleSummaries(db, now).Select(v => v.Id);
        var rows = await (type.HasOwnVisibilityRule
                ? matching.Select(e => new TargetRow(e.Slug!, e.Status, e.PublishAtUtc, e.UnpublishAtUtc, visibleIds.Contains(e.Id)))
                : matching.Select(e => new TargetRow(e.Slug!, e.Status, e.PublishAtUtc, e.UnpublishAtUtc, true)))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Slug, r.RuleAllows || r.Status != PublicationStatus.Published
            ? new Target(r.Status, r.PublishAtUtc, r.UnpublishAtUtc)
            : new Target(PublicationStatus.Draft, null, null)))];
    }

    private sealed record TargetRow(string Slug, PublicationStatus Status, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc, bool RuleAllows);

    private async Task<List<MarkdownSource>> SourcesAsync(CancellationToken cancellationToken)
    {
        var sources = new List<MarkdownSource>();
        foreach (var type in ContentTypes.All.Where(t => t.InLinkCheck))
        {
            sources.AddRange(await type.MarkdownSourcesAsync(db, cancellationToken));
        }

        return sources;
    }
}
