using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.Web.Features.Mail;
using Xunit;

namespace NjitInternational.TestSupport.Mail;

/// <summary>
/// A seeded site whose mail goes to a real SMTP server (<see cref="SmtpSink"/>) started for it.
/// The background sender stays off: tests run <see cref="RunSenderAsync"/> when they want mail sent.
/// </summary>
public class MailSiteFactory : SiteFactory, IAsyncLifetime
{
    private SmtpSink? _smtp;

    public MailSiteFactory()
    {
    }

    protected MailSiteFactory(string databasePath, SmtpSink smtp)
        : base(databasePath)
    {
        _smtp = smtp;
    }

    public SmtpSink Smtp => _smtp ?? throw new InvalidOperationException("The SMTP server has not started yet.");

    /// <summary>A second instance of this site: same database file, same SMTP server, its own process-wide state.</summary>
    public MailSiteFactory SecondInstance() => new(DatabasePath, Smtp);

    public async Task InitializeAsync() => _smtp ??= await SmtpSink.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Smtp:Host", Smtp.Host);
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:UseStartTls", "false");
        builder.UseSetting("Mail:MaxAttempts", "3");
        builder.UseSetting("RateLimits:Enquiry:PermitLimit", "100");
        builder.UseSetting("RateLimits:PasswordReset:PermitLimit", "100");
    }

    /// <summary>One run of the sender, as the background service would do it (lease included).</summary>
    public async Task<int?> RunSenderAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutboxJob>().TryRunAsync(CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }
}

/// <summary>A mail site over a migrated database with no seed content (nothing for a digest to say).</summary>
public class EmptyMailSiteFactory : MailSiteFactory
{
    protected override bool Seed => false;
}
