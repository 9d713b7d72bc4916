using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Infrastructure.ScaleOut;

/// <summary>The "Redis" configuration section: shared state for several instances of the site.</summary>
public sealed class RedisSettings
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. "redis:6379,password=...,ssl=true,abortConnect=false".
    /// Empty (the default): the output cache stays in process, which is right for one instance.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so one Redis can serve several sites or environments.</summary>
    public string InstanceName { get; set; } = "njit-international:";
}

/// <summary>
/// What several instances behind a load balancer must share (see docs/deployment.md): the Data
/// Protection key ring, in the database, and the output cache, in Redis when configured.
/// </summary>
internal static class ScaleOutExtensions
{
    /// <summary>
    /// One name for every instance: Data Protection isolates applications by this name, and the
    /// default (the content root path) differs between machines and deployment folders.
    /// </summary>
    public const string ApplicationName = "NjitInternational";

    public static IServiceCollection AddAppScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        // Sign-in cookies and antiforgery tokens issued by one instance are read by any other: the
        // keys live in the site's own database (table DataProtectionKeys), not in each machine's
        // home folder. AppDbContext implements IDataProtectionKeyContext and is resolved per use
        // from the pool, whichever provider subclass is registered.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        var redis = configuration.GetSection(RedisSettings.SectionName).Get<RedisSettings>() ?? new RedisSettings();
        if (!string.IsNullOrWhiteSpace(redis.Configuration))
        {
            // Replaces the in-process IOutputCacheStore: pages cached by any instance are served by
            // all, and the save pipeline's EvictByTagAsync reaches every instance.
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis.Configuration;
                options.InstanceName = redis.InstanceName;
            });
            DecorateOutputCacheStore(services);
        }

        return services;
    }

    /// <summary>Wraps the registered store (Redis) in <see cref="CircuitBreakingOutputCacheStore"/>.</summary>
    private static void DecorateOutputCacheStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(sp => new CircuitBreakingOutputCacheStore(
            registered.ImplementationInstance as IOutputCacheStore
                ?? registered.ImplementationFactory?.Invoke(sp) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CircuitBreakingOutputCacheStore>>()));
    }
}
