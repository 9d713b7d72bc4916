using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NjitInternational.Web.Features.Mail;

/// <summary>Sends over SMTP with MailKit: STARTTLS when configured, authentication when a user name is set.</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = smtp.UseStartTls ? SecureSocketOptions.StartTls
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
        {
            throw new MailRejectedException($"The mail server refused the message: {(int)refused.StatusCode} {refused.Message}", refused);
        }
        catch (ServiceNotAuthenticatedException unauthenticated)
        {
            throw new MailRejectedException($"The mail server requires authentication: {unauthenticated.Message}", unauthenticated);
        }
        finally
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
    }
}
