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

    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseAppSecurityHeaders(app.Environment);
        app.UseAppExceptionHandling(app.Environment);
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseAppRequestLimits();
        app.MapStaticAssets();
        app.UseAppRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapAppHealthChecks();

        app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}")
            .WithStaticAssets();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}")
            .WithStaticAssets();
        return app;
    }
}
