using NjitInternational.Web.Infrastructure.Caching;

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
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseHtmlCompression();
        app.UseBenchmarkStaticFiles();
        app.UseRouting();
        app.MapStaticAssets();
        app.UseAppRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}")
            .WithStaticAssets();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}")
            .WithStaticAssets();
        return app;
    }
}
