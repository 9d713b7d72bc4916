using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Infrastructure;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddAppWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppRateLimiting(configuration);
        services.AddPublicPageCaching(configuration);
        services.AddHtmlCompression();
        services.AddAppIdentity();
        services.AddAppAuthorization();
        services.AddLocalization();
        services.AddControllersWithViews()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SiteFiguresQuery>();
        return services;
    }
}
