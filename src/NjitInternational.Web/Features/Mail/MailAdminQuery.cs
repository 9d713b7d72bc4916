using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Mail;

/// <summary>The outbox as administrators see it on /admin/mail, and the resend action.</summary>
public sealed class MailAdminQuery(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> Filters = ["queued", "failed", "sent"];

    public async Task<MailListViewModel> ListAsync(string? filter, bool isConfigured, CancellationToken cancellationToken)
    {
        filter = Filters.Contains(filter) ? filter! : "queued";
        var status = Enum.Parse<OutboxStatus>(filter, ignoreCase: true);
        var counts = await db.OutboxMessages.AsNoTracking()
            .GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == status)
            .OrderByDescending(m => m.Id)
            .Take(PageSize)
            .Select(m => new MailListRow(m.Id, m.Kind, m.To, m.Subject, m.Status, m.Attempts, m.CreatedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
        return new MailListViewModel(
            filter,
            rows,
            counts.GetValueOrDefault(OutboxStatus.Queued),
            counts.GetValueOrDefault(OutboxStatus.Failed),
            counts.GetValueOrDefault(OutboxStatus.Sent),
            isConfigured);
    }

    /// <summary>Queues a failed or sent message again, with an audit entry in the same save; false when it does not exist.</summary>
    public async Task<bool> ResendAsync(long id, string? userName, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = message.Status;
        message.Status = OutboxStatus.Queued;
        message.Attempts = 0;
        message.NextAttemptAtUtc = now;
        message.SentAtUtc = null;
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now,
            UserName = userName,
            Action = "MailResent",
            EntityType = nameof(OutboxMessage),
            EntityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary = $"Queued again ({previous}): {message.Kind} to {message.To}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

public sealed record MailListRow(
    long Id,
    string Kind,
    string To,
    string Subject,
    OutboxStatus Status,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime? SentAtUtc,
    DateTime NextAttemptAtUtc,
    string? LastError);

public sealed record MailListViewModel(
    string Filter,
    IReadOnlyList<MailListRow> Rows,
    int Queued,
    int Failed,
    int Sent,
    bool IsConfigured);
