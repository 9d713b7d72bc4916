using NjitInternational.Web.Features.Reminders;
using NjitInternational.Web.Infrastructure.BackgroundJobs;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Scheduling;

internal static class SchedulingExtensions
{
    /// <summary>Scheduled publishing, its cache timer, the job lease, reminders and the link check.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SchedulingOptions.SectionName);
        services.Configure<SchedulingOptions>(section);
        services.Configure<PublicPageCacheOptions>(configuration.GetSection(PublicPageCacheOptions.SectionName));
        services.AddSingleton(JobLeaseHolder.ForThisProcess());
        services.AddScoped<IJobLease, DatabaseJobLease>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<ScheduledPublishingJob>();
        services.AddSingleton<ScheduledCacheEviction>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledCacheEviction>());
        if ((section.Get<SchedulingOptions>() ?? new()).Enabled)
        {
            services.AddHostedService<ScheduledPublishingService>();
        }

        services.AddScoped<ReminderQuery>();
        services.AddScoped<LinkCheckQuery>();
        return services;
    }
}
