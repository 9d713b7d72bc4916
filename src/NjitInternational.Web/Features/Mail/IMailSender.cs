using MimeKit;

namespace NjitInternational.Web.Features.Mail;

/// <summary>Delivers one composed message; the seam between the outbox and the SMTP relay.</summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="message"/>.</summary>
    /// <exception cref="MailRejectedException">The relay refused the message permanently (5xx): do not retry.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>A permanent refusal (SMTP 5xx, an unusable address): retrying would fail the same way.</summary>
public sealed class MailRejectedException(string message, Exception? inner = null) : Exception(message, inner);
