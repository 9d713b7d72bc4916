using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

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

    /// <summary>
    /// For bench/ only: when "Benchmark:StaticRoot" is set, serves that folder under /bench-static,
    /// the baseline a page's throughput is compared with, and the same files from memory under
    /// /bench-memory (read once, written as bytes: the most any cache hit could save at this point
    /// of the pipeline). Never set in production.
    /// </summary>
    public static IApplicationBuilder UseBenchmarkStaticFiles(this WebApplication app)
    {
        var root = app.Configuration["Benchmark:StaticRoot"];
        if (!string.IsNullOrEmpty(root))
        {
            var folder = Path.GetFullPath(root);
            Directory.CreateDirectory(folder);
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = "/bench-static",
            });
            var files = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
            app.Map("/bench-memory", branch => branch.Run(context =>
            {
                var name = Path.GetFileName(context.Request.Path.Value ?? string.Empty);
                var path = Path.Combine(folder, name);
                if (name.Length == 0 || !File.Exists(path))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                var bytes = files.GetOrAdd(path, File.ReadAllBytes);
                context.Response.ContentType = "text/html";
                context.Response.ContentLength = bytes.Length;
                return context.Response.Body.WriteAsync(bytes).AsTask();
            }));
        }

        return app;
    }
}
