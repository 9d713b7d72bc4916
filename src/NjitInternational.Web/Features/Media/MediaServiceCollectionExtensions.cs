using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NjitInternational.Web.Features.Media;

/// <summary>Marks the upload action: it alone accepts a body as large as <see cref="MediaOptions.UploadRequestLimitBytes"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MediaUploadAttribute : Attribute
{
}

/// <summary>
/// Gives the actions marked <see cref="MediaUploadAttribute"/> the configured request and multipart
/// limits (endpoint metadata read by the request-limits middleware, and the MVC filters), so
/// <c>Media:MaxUploadBytes</c> is honoured without a compile-time constant.
/// </summary>
internal sealed class MediaUploadLimitConvention(long limit) : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        if (!action.Attributes.OfType<MediaUploadAttribute>().Any())
        {
            return;
        }

        var size = new RequestSizeLimitAttribute(limit);
        var form = new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit };
        action.Filters.Add(size);
        action.Filters.Add(form);
        foreach (var selector in action.Selectors)
        {
            selector.EndpointMetadata.Add(size);
            selector.EndpointMetadata.Add(form);
        }
    }
}

internal static class MediaServiceCollectionExtensions
{
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MediaOptions.SectionName);
        var options = section.Get<MediaOptions>() ?? new MediaOptions();
        services.Configure<MediaOptions>(section);
        services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new MediaUploadLimitConvention(options.UploadRequestLimitBytes)));
        services.AddSingleton<IMediaStorage, LocalDiskMediaStorage>();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaLibrary>();
        return services;
    }
}
