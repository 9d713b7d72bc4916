using Microsoft.Extensions.Options;
using NjitInternational.Web.Infrastructure.BackgroundJobs;

namespace NjitInternational.Web.Features.Mail;

/// <summary>One tick of the mail sender: deliver due messages if mail is configured and this instance holds the lease.</summary>
public sealed class MailOutboxJob(IJobLease lease, OutboxDispatcher dispatcher, IOptions<MailOptions> options)
{
    public const string JobName = "mail-outbox";

    /// <returns>Messages sent, or null when mail is not configured or another instance holds the job.</returns>
    public async Task<int?> TryRunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            return null;
        }

        return await lease.TryAcquireAsync(JobName, options.Value.Interval, cancellationToken)
            ? await dispatcher.RunOnceAsync(cancellationToken)
            : null;
    }
}

/// <summary>Runs <see cref="MailOutboxJob"/> at start and every <see cref="MailOptions.IntervalSeconds"/>.</summary>
public sealed partial class MailSendingService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<MailSendingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailOutboxJob>().TryRunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database briefly unavailable, say: the next tick tries again.
                LogRunFailed(logger, exception);
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

    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "The mail sender's run failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
