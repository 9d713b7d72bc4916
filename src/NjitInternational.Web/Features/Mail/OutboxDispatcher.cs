using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Delivers due messages from the outbox. Each message is claimed with one conditional UPDATE
/// (queued and due → not due for <see cref="ClaimDuration"/>), so two senders never deliver the same
/// row even outside the job lease; a sender that dies mid-send leaves the claim to expire and the
/// message is tried again. A failure is retried with exponential backoff; a permanent refusal
/// (5xx) or the last allowed attempt marks it Failed.
/// </summary>
public sealed partial class OutboxDispatcher(
    AppDbContext db,
    IMailSender sender,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 50;

    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    private readonly OutboxDelivery _delivery = new(sender, clock);

    /// <returns>Messages delivered by this run.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            if (await TryDeliverAsync(id, settings, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> TryDeliverAsync(long id, MailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimedUntil = now + ClaimDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, claimedUntil), cancellationToken);
        if (claimed != 1)
        {
            return false;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        var result = await _delivery.AttemptAsync(message, settings, cancellationToken);
        if (result.Status == OutboxStatus.Sent)
        {
            // Not cancellable: the message is gone, so its row must say so.
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, result.Attempts)
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAtUtc, result.SentAtUtc),
                CancellationToken.None);
            return true;
        }

        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, result.Attempts)
                .SetProperty(m => m.LastError, result.LastError)
                .SetProperty(m => m.Status, result.Status)
                .SetProperty(m => m.NextAttemptAtUtc, result.NextAttemptAtUtc),
            CancellationToken.None);
        LogFailed(logger, result.Exception, id, result.Attempts, result.Status == OutboxStatus.Failed);
        return false;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Mail {MessageId} not delivered (attempt {Attempts}, final: {Permanent})")]
    private static partial void LogFailed(ILogger logger, Exception? exception, long messageId, int attempts, bool permanent);
}
