using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Features.Localization;

internal static class LocalizationExtensions
{
    /// <summary>Resources (read once per culture, see FrozenStringLocalizer), the /en and /zh route prefix, localized data-annotation and model-binding messages.</summary>
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, SharedResourceLocalizerFactory>());
        var routes = new LocalizedRouteTable();
        services.AddSingleton(routes);
        services.Configure<RouteOptions>(o => o.ConstraintMap[SiteCultureRouteConstraint.Name] = typeof(SiteCultureRouteConstraint));
        services.Configure<MvcOptions>(o => o.Conventions.Add(new CulturePrefixConvention(routes)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            ModelBindingMessages.Localize(o.ModelBindingMessageProvider, factory.Create(typeof(SharedResource))));
        services.Configure<Microsoft.AspNetCore.Mvc.DataAnnotations.MvcDataAnnotationsLocalizationOptions>(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // Razor would otherwise write every Chinese character as &#x...; (valid, but triples the page).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }

    /// <summary>Early in the pipeline, so error pages re-executed inside it keep the page's language.</summary>
    public static IApplicationBuilder UseAppRequestLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(SiteCultures.LocalizationOptions());

    /// <summary>After UseRouting: redirects old unprefixed addresses to /en or /zh.</summary>
    public static IApplicationBuilder UseCultureRedirects(this IApplicationBuilder app) =>
        app.UseMiddleware<CultureRedirectMiddleware>();
}
