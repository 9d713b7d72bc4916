using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>"RequestLimits" configuration: how large a request body may be.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Any request body (Kestrel's global limit): 1 MB.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Form posts (urlencoded or multipart) unless the endpoint says otherwise: 64 KB.</summary>
    public long MaxFormBytes { get; set; } = 64 * 1024;
}

/// <summary>
/// Body-size limits: Kestrel refuses anything above <see cref="RequestLimitsOptions.MaxBodyBytes"/>;
/// form posts are held to <see cref="RequestLimitsOptions.MaxFormBytes"/>. An endpoint raises or
/// lowers its own limit with [RequestSizeLimit(bytes)] (uploads), which wins over both.
/// A body declared too large is answered with the friendly 413 page, never a 500.
/// </summary>
internal static class RequestLimitsExtensions
{
    public static IServiceCollection AddAppRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RequestLimitsOptions.SectionName).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        services.Configure<RequestLimitsOptions>(configuration.GetSection(RequestLimitsOptions.SectionName));
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        // The body limits above bound a form; a multipart section may be as large as the body.
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = limits.MaxBodyBytes);
        return services;
    }

    /// <summary>After routing (the endpoint's own limit is known), before anything reads the body.</summary>
    public static IApplicationBuilder UseAppRequestLimits(this IApplicationBuilder app)
    {
        // Read once: the options are a singleton, and resolving them per request costs a lookup.
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimitsOptions>>().Value;
        return app.Use((context, next) =>
        {
            // Error pages re-executed for this request keep its method and headers: don't answer again.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
            {
                return next(context);
            }

            var limit = LimitFor(context, options);
            if (limit is { } max && context.Request.ContentLength > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                // Bodies without a Content-Length (chunked) are cut off by the server at the same limit.
                sizeFeature.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }

    private static long? LimitFor(HttpContext context, RequestLimitsOptions options)
    {
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        if (endpointLimit is not null)
        {
            return endpointLimit.MaxRequestBodySize;
        }

        return context.Request.HasFormContentType ? options.MaxFormBytes : options.MaxBodyBytes;
    }
}
