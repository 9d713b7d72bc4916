namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>"Hosting" configuration: how long a stopping site waits for requests in flight.</summary>
public sealed class ShutdownSettings
{
    public const string SectionName = "Hosting";

    /// <summary>Below the 30 s most process managers wait before killing the process.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 25;
}

internal static class HostingExtensions
{
    public static IServiceCollection AddAppGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ShutdownSettings.SectionName).Get<ShutdownSettings>() ?? new ShutdownSettings();
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(settings.ShutdownTimeoutSeconds));
        return services;
    }
}
