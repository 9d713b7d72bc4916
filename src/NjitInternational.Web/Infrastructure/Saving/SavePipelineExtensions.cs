using Microsoft.EntityFrameworkCore.Diagnostics;
using NjitInternational.Web.Features.Revisions;
using NjitInternational.Web.Features.Scheduling;
using NjitInternational.Web.Features.Search;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Infrastructure.Saving;

internal static class SavePipelineExtensions
{
    /// <summary>
    /// The save pipeline, registered once as the one save interceptor. The steps run in this
    /// order (docs/architecture.md, "Saving", says why).
    /// </summary>
    public static IServiceCollection AddSavePipeline(this IServiceCollection services)
    {
        services.AddSingleton<AuditStampStep>();
        services.AddSingleton<RevisionStep>();
        services.AddSingleton<AuditTrailStep>();
        services.AddSingleton<SearchIndexStep>();
        services.AddSingleton<ScheduleChangeStep>();
        services.AddSingleton<CacheEvictionStep>();
        services.AddSingleton<IInterceptor>(sp => new SavePipelineInterceptor(
        [
            // Stamps first: they change the values the others record.
            sp.GetRequiredService<AuditStampStep>(),
            sp.GetRequiredService<RevisionStep>(),
            sp.GetRequiredService<AuditTrailStep>(),
            sp.GetRequiredService<SearchIndexStep>(),
            sp.GetRequiredService<ScheduleChangeStep>(),
            // Last: pages are evicted only once everything the save writes has committed.
            sp.GetRequiredService<CacheEvictionStep>(),
        ]));
        return services;
    }
}
