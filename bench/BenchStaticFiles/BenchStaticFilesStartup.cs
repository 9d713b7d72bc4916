using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

[assembly: HostingStartup(typeof(BenchStaticFiles.BenchStaticFilesStartup))]

namespace BenchStaticFiles;

/// <summary>
/// The bench baselines, kept out of the site: when "Benchmark:StaticRoot" is set, the site also
/// serves that folder under /bench-static (S, the baseline a page's throughput is compared with)
/// and the same files from memory under /bench-memory (M: read once, written as bytes). Both run
/// in front of the site's own middleware.
/// </summary>
public sealed class BenchStaticFilesStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices((context, services) =>
        {
            var root = context.Configuration["Benchmark:StaticRoot"];
            if (!string.IsNullOrEmpty(root))
            {
                services.AddSingleton<IStartupFilter>(new StaticFilesFilter(Path.GetFullPath(root)));
            }
        });

    private sealed class StaticFilesFilter(string folder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            Directory.CreateDirectory(folder);
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = "/bench-static",
            });
            var files = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
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
            next(app);
        };
    }
}
