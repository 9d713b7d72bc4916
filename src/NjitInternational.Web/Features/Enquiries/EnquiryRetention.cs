using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.BackgroundJobs;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>The "Enquiries" configuration section.</summary>
public sealed class EnquiryOptions
{
    public const string SectionName = "Enquiries";

    /// <summary>Enquiries (and their replies) older than this are deleted; 730 days by default.</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>The daily deletion job; off in tests, which run it themselves.</summary>
    public bool RetentionJobEnabled { get; set; } = true;
}

/// <summary>
/// Deletes enquiries older than <see cref="EnquiryOptions.RetentionDays"/>; their replies go with
/// them (ON DELETE CASCADE), and so do sent or failed outbox messages of that age. The audit log
/// records how many, never whose.
/// </summary>
public sealed class EnquiryRetention(AppDbContext db, TimeProvider clock, IOptions<EnquiryOptions> options)
{
    public const string AuditAction = "EnquiriesDeletedByRetention";

    /// <returns>Enquiries deleted.</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var deleted = await db.Enquiries.Where(e => e.SubmittedAtUtc < cutoff).ExecuteDeleteAsync(ct);
            // The outbox keeps no delivered or failed message longer than the enquiries it may quote
            // (replies carry the enquirer's address and text); queued ones are still to be sent.
            var messages = await db.OutboxMessages.Where(m => m.CreatedAtUtc < cutoff && m.Status != OutboxStatus.Queued).ExecuteDeleteAsync(ct);
            if (deleted > 0 || messages > 0)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtc = now,
                    UserName = null,
                    Action = AuditAction,
                    EntityType = nameof(Enquiry),
                    Summary = string.Create(CultureInfo.InvariantCulture, $"Deleted {deleted} enquiries received before {cutoff:yyyy-MM-dd} (retention {options.Value.RetentionDays} days) and {messages} sent or failed mail messages."),
                });
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return deleted;
        }, cancellationToken);
    }
}

/// <summary>Runs <see cref="EnquiryRetention"/> daily under the <c>enquiry-retention</c> lease.</summary>
public sealed partial class EnquiryRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EnquiryRetentionService> logger) : BackgroundService
{
    public const string JobName = "enquiry-retention";

    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<IJobLease>().TryAcquireAsync(JobName, Interval, stoppingToken))
                {
                    await scope.ServiceProvider.GetRequiredService<EnquiryRetention>().PruneAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Enquiry retention failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
