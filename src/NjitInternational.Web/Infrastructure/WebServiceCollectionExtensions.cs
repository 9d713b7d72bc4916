using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Infrastructure;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddAppWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppTransportSecurity();
        services.AddAppForwardedHeaders(configuration);
        services.AddAppRequestLimits(configuration);
        services.AddAppRateLimiting(configuration);
        services.AddAppHealthChecks();
        services.AddAppGracefulShutdown(configuration);
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
