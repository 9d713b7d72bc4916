using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Infrastructure;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddAppWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppRateLimiting(configuration);
        services.AddAppIdentity();
        services.AddAppAuthorization();
        services.AddLocalization();
        services.AddControllersWithViews()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SiteFiguresQuery>();
        services.AddScoped<ContentStore>();
        services.AddScoped<ContentOptions>();
        services.AddSingleton<ContentFieldReader>();
        return services;
    }
}
