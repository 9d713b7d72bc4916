using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// One delivery attempt of one outbox row, apart from the database: builds the MIME message, hands
/// it to the <see cref="IMailSender"/> and says what the row becomes (sent, queued again after a
/// backoff, or failed). <see cref="OutboxDispatcher"/> claims the row and stores the result.
/// </summary>
public sealed class OutboxDelivery(IMailSender sender, TimeProvider clock)
{
    public async Task<DeliveryResult> AttemptAsync(OutboxMessage message, MailOptions settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        var attempts = message.Attempts + 1;
        try
        {
            await sender.SendAsync(MimeMessageFactory.Create(message, settings.From), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A permanent refusal (5xx, an unusable address) fails at once; anything else is retried
            // with a doubling delay until the last allowed attempt.
            var permanent = exception is MailRejectedException || attempts >= Math.Max(1, settings.MaxAttempts);
            var now = clock.GetUtcNow();
            var error = Truncate($"{now:yyyy-MM-dd HH:mm:ss}Z {exception.GetType().Name}: {exception.Message}");
            return new DeliveryResult(
                permanent ? OutboxStatus.Failed : OutboxStatus.Queued,
                attempts,
                now.UtcDateTime + settings.RetryDelay(attempts),
                SentAtUtc: null,
                error,
                exception);
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        return new DeliveryResult(OutboxStatus.Sent, attempts, message.NextAttemptAtUtc, sentAt, LastError: null, Exception: null);
    }

    private static string Truncate(string value) =>
        value.Length <= Data.Configurations.OutboxMessageConfiguration.ErrorLength ? value : value[..Data.Configurations.OutboxMessageConfiguration.ErrorLength];
}

/// <summary>What one attempt made of a row: its new status, attempt count, next attempt time, and the error if any.</summary>
public sealed record DeliveryResult(
    OutboxStatus Status,
    int Attempts,
    DateTime NextAttemptAtUtc,
    DateTime? SentAtUtc,
    string? LastError,
    Exception? Exception);
