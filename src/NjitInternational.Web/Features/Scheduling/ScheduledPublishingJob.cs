using Microsoft.Extensions.Options;
using NjitInternational.Web.Infrastructure.BackgroundJobs;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>One tick of the background service: run the publisher if this instance holds the lease.</summary>
public sealed class ScheduledPublishingJob(IJobLease lease, ScheduledPublisher publisher, IOptions<SchedulingOptions> options)
{
    public const string JobName = "scheduled-publishing";

    /// <returns>Records changed, or null when another instance holds the job.</returns>
    public async Task<int?> TryRunAsync(CancellationToken cancellationToken) =>
        await lease.TryAcquireAsync(JobName, options.Value.Interval, cancellationToken)
            ? await publisher.RunOnceAsync(cancellationToken)
            : null;
}

/// <summary>
/// Runs <see cref="ScheduledPublishingJob"/> at start (catching up on whatever fell due while the
/// site was down) and then every <see cref="SchedulingOptions.IntervalSeconds"/>.
/// </summary>
public sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublishingJob>().TryRunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed run (database briefly unavailable) must not stop later runs.
                SchedulingLog.RunFailed(logger, exception, options.Value.Interval);
            }

            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
