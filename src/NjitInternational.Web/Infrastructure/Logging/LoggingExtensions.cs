using Serilog;
using Serilog.Events;

namespace NjitInternational.Web.Infrastructure.Logging;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section: console in Development, compact JSON
    /// rolling files in Production (see appsettings.{Environment}.json).
    /// </summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: several hosts in one process (integration tests) must not fight
        // over the static bootstrap logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request with method, path, status and time. Never the query string's secrets,
    /// headers, cookies or bodies: only the path template Serilog records by default.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The configured logger, not the static one: with preserveStaticLogger the static logger
            // stays the console bootstrap logger, which ignores the configured sinks and levels.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : Security.HealthCheckExtensions.IsHealthCheck(context.Request.Path) ? LogEventLevel.Verbose
                // No endpoint: nothing matched (a 404), unless the output cache answered before routing.
                : context.GetEndpoint() is null && !context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Age) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
}
