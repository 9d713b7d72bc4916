using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NjitInternational.Web.Infrastructure.Caching;

internal static class CompressionExtensions
{
    /// <summary>Brotli/gzip for dynamic HTML, CSV and XML (static assets are precompressed by MapStaticAssets).</summary>
    public static IServiceCollection AddHtmlCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/csv", "application/xml", "text/plain", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compresses everything but the admin area: admin pages echo what staff type next to
    /// antiforgery tokens, the shape BREACH attacks need; public pages with secrets set cookies
    /// and are small.
    /// </summary>
    public static IApplicationBuilder UseHtmlCompression(this IApplicationBuilder app) =>
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());
}
