using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.Logging;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Infrastructure;

internal static class WebApplicationExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>The <c>create-admin</c> command: runs instead of the web host (see README).</summary>
    public static async Task<int> RunCreateAdminAsync(this WebApplication app, string[] args)
    {
        var arguments = Features.Accounts.CreateAdminCommand.Parse(args, Console.Error);
        if (arguments is null)
        {
            return 64;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().EnsureRolesAsync();
        return await scope.ServiceProvider.GetRequiredService<Features.Accounts.CreateAdminCommand>()
            .RunAsync(arguments, Console.In, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseAppRequestLocalization();
        app.UseAppSecurityHeaders(app.Environment);
        app.UseAppExceptionHandling(app.Environment);
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseAppRequestLogging();
        // Before routing and authentication: an anonymous visitor's cache hit is answered here
        // (PublicPagePolicy decides from the request, and from the endpoint once a miss is
        // rendered). Inside the status-code pages and exception handler, whose re-executions it
        // must not wrap; after the security headers, which every hit still carries.
        app.UseOutputCache();
        app.UseRouting();
        app.UseAppRequestLimits();
        app.MapStaticAssets();
        app.UseCultureRedirects();
        app.UseAuthentication();
        app.UseUnverifiableSessionAsUnavailable();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After the output cache, so that it stores the compressed page (one entry per
        // Accept-Encoding) and a hit costs no compression.
        app.UseHtmlCompression();

        app.MapAppHealthChecks();

        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}")
            .WithStaticAssets();
        return app;
    }
}
