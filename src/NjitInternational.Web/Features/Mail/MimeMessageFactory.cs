using MimeKit;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Mail;

/// <summary>Turns an outbox row into the MIME message the relay receives: text and HTML alternatives.</summary>
public static class MimeMessageFactory
{
    /// <exception cref="MailRejectedException">An address cannot be used: retrying would not help.</exception>
    public static MimeMessage Create(OutboxMessage message, string? from)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailboxAddress.TryParse(from ?? string.Empty, out var sender))
        {
            throw new MailRejectedException("Mail:From is not a usable address.");
        }

        var to = MailHeaders.ParseList(message.To);
        if (to.Count == 0)
        {
            throw new MailRejectedException($"The recipient address is not usable: {message.To}");
        }

        var mime = new MimeMessage();
        mime.From.Add(sender);
        mime.To.AddRange(to);
        mime.ReplyTo.AddRange(MailHeaders.ParseList(message.ReplyTo));
        mime.Subject = MailHeaders.RequireSafe(message.Subject);
        mime.Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAtUtc, DateTimeKind.Utc));
        // One Message-ID per outbox row: a relay that sees the same message twice can drop the copy.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedAtUtc.Ticks}@njit-international";
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        // A Content-* header belongs to the body entity (RFC 3282): the language of both alternatives.
        mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Culture);
        return mime;
    }
}
