using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Home;

namespace NjitInternational.Web.Infrastructure;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddAppWeb(this IServiceCollection services)
    {
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
