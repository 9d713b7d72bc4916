using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Puts messages in the outbox table. It only adds them to the context: the caller's one
/// SaveChanges writes them together with the event that causes them, so neither exists without the
/// other.
/// </summary>
public sealed class MailOutbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMessage Add(OutgoingMail mail)
    {
        var message = ToRow(mail, clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>The queued row for <paramref name="mail"/>, due at once.</summary>
    public static OutboxMessage ToRow(OutgoingMail mail, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return new OutboxMessage
        {
            Kind = mail.Kind,
            To = mail.To,
            ReplyTo = mail.ReplyTo,
            Subject = MailHeaders.RequireSafe(mail.Subject),
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            Culture = mail.Culture,
            DeduplicationKey = mail.DeduplicationKey,
            Status = OutboxStatus.Queued,
            NextAttemptAtUtc = nowUtc,
            CreatedAtUtc = nowUtc,
        };
    }
}
