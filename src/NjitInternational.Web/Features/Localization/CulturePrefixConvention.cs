using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NjitInternational.Web.Features.Localization;

/// <summary>Puts a controller's pages under /en/... and /zh/... (see <see cref="CulturePrefixConvention"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LocalizedRoutesAttribute : Attribute
{
}

/// <summary>Keeps one action of a <see cref="LocalizedRoutesAttribute"/> controller unprefixed (CSV files).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CultureNeutralAttribute : Attribute
{
}

/// <summary>Endpoint metadata of an old unprefixed address (/partners): it only redirects to /en or /zh.</summary>
public sealed class UnprefixedPublicRouteMetadata
{
}

/// <summary>
/// Every attribute route of a <see cref="LocalizedRoutesAttribute"/> controller gets the
/// <c>/{culture:sitelang}</c> prefix; its GET routes also keep their old unprefixed address, marked
/// with <see cref="UnprefixedPublicRouteMetadata"/> and excluded from link generation, so
/// <see cref="CultureRedirectMiddleware"/> can send old links and bookmarks to the right language.
/// Controllers stay as they were written (<c>[HttpGet("/partners")]</c>).
/// </summary>
public sealed class CulturePrefixConvention(LocalizedRouteTable table) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var controller in application.Controllers.Where(c => c.Attributes.OfType<LocalizedRoutesAttribute>().Any()))
        {
            foreach (var action in controller.Actions.Where(a => !a.Attributes.OfType<CultureNeutralAttribute>().Any()))
            {
                foreach (var selector in action.Selectors.Where(s => s.AttributeRouteModel is not null).ToList())
                {
                    var template = selector.AttributeRouteModel!.Template ?? string.Empty;
                    var path = "/" + template.TrimStart('~').TrimStart('/');
                    var isGet = selector.ActionConstraints.OfType<HttpMethodActionConstraint>()
                        .Any(c => c.HttpMethods.Contains("GET", StringComparer.OrdinalIgnoreCase));
                    if (isGet)
                    {
                        var legacy = new SelectorModel(selector);
                        legacy.AttributeRouteModel!.SuppressLinkGeneration = true;
                        legacy.EndpointMetadata.Add(new UnprefixedPublicRouteMetadata());
                        action.Selectors.Add(legacy);
                    }

                    selector.AttributeRouteModel.Template =
                        $"/{{{SiteCultures.RouteKey}:{SiteCultureRouteConstraint.Name}}}" + (path == "/" ? string.Empty : path);
                    table.Add(path);
                }
            }
        }
    }
}
