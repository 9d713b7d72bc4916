namespace NjitInternational.Web.Features.Localization;

/// <summary>Route constraint <c>{culture:sitelang}</c>: en or zh only.</summary>
public sealed class SiteCultureRouteConstraint : IRouteConstraint
{
    public const string Name = "sitelang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && SiteCultures.FromSegment(value as string) is not null;
    }
}
