using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Which request paths can belong to a cached public page, decided before routing from the route
/// patterns of the endpoints marked with the public cache policy: a path may be cached when it has
/// a pattern's first literal segment at that pattern's position (/partners/x matches "partners/{slug}"),
/// or, for a pattern with no literal segment ("/" or "{culture}"), as many segments. Static files,
/// health checks, error pages and most of the admin area never match, so they skip the cache (no
/// lookup, no buffering) as they did when the cache ran after routing. A path that only looks like
/// a cached page's (/admin/partners like /{culture}/partners, /favicon.ico like /{culture}) costs a
/// lookup that finds nothing: only responses of marked endpoints are ever stored.
/// </summary>
internal sealed class PublicPagePaths(EndpointDataSource endpoints)
{
    private static readonly char[] Separator = ['/'];

    private Shapes? _shapes;

    public bool MayBeCached(PathString path)
    {
        var shapes = _shapes ?? Build();
        var value = path.Value ?? "/";
        var segments = 0;
        foreach (var segment in new StringTokenizer(value, Separator))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            foreach (var (position, literal) in shapes.Literals)
            {
                if (position == segments && segment.Equals(literal, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            segments++;
        }

        return shapes.AnyPath || shapes.SegmentCounts.Contains(segments);
    }

    private Shapes Build()
    {
        var literals = new HashSet<(int, string)>();
        var counts = new HashSet<int>();
        var anyPath = false;
        foreach (var endpoint in endpoints.Endpoints)
        {
            if (endpoint is not RouteEndpoint route
                || endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is not { PolicyName: OutputCachingExtensions.PublicPolicy })
            {
                continue;
            }

            var segments = route.RoutePattern.PathSegments;
            var first = segments.Select((s, i) => (Segment: s, Index: i)).FirstOrDefault(s => s.Segment.IsSimple && s.Segment.Parts[0].IsLiteral);
            if (first.Segment is null)
            {
                // Only parameters ("{culture}"): known by their number, unless some are optional.
                anyPath |= route.RoutePattern.Parameters.Any(p => p.IsOptional || p.IsCatchAll);
                counts.Add(segments.Count);
            }
            else
            {
                literals.Add((first.Index, ((RoutePatternLiteralPart)first.Segment.Parts[0]).Content));
            }
        }

        var shapes = new Shapes([.. literals], counts, anyPath);
        _shapes = shapes;
        // Endpoints may change (not in this site, but the data source allows it): rebuild then.
        endpoints.GetChangeToken().RegisterChangeCallback(static state => ((PublicPagePaths)state!)._shapes = null, this);
        return shapes;
    }

    private sealed record Shapes((int Position, string Literal)[] Literals, HashSet<int> SegmentCounts, bool AnyPath);
}
