using Microsoft.Extensions.Options;
using NjitInternational.Web.Infrastructure.BackgroundJobs;

namespace NjitInternational.Web.Features.Revisions;

/// <summary>Runs <see cref="RevisionRetention.PruneAsync"/> every <see cref="RevisionOptions.PruneIntervalMinutes"/>.</summary>
public sealed class RevisionRetentionService(IServiceScopeFactory scopes, IOptions<RevisionOptions> options, TimeProvider clock, ILogger<RevisionRetentionService> logger)
    : BackgroundService
{
    public const string JobName = "revision-retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.PruneIntervalMinutes;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // One instance prunes per interval (scale-out): the others find the lease taken.
                var lease = scope.ServiceProvider.GetRequiredService<IJobLease>();
                if (!await lease.TryAcquireAsync(JobName, TimeSpan.FromMinutes(minutes), stoppingToken))
                {
                    continue;
                }

                var removed = await scope.ServiceProvider.GetRequiredService<RevisionRetention>().PruneAsync(stoppingToken);
                if (removed > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Revision retention removed {Count} old revisions", removed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed run (database busy, say) is retried at the next tick, not fatal to the site.
                logger.LogWarning(exception, "Revision retention failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
