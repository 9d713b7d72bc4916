namespace NjitInternational.Web.Features.Mail;

/// <summary>The "Mail" configuration section (docs/deployment.md, "Mail").</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender of every message, e.g. "NJIT International &lt;international@njit.edu.cn&gt;".</summary>
    public string? From { get; set; }

    /// <summary>The international office: one or more addresses separated by ';'.</summary>
    public string? OfficeAddress { get; set; }

    /// <summary>Language of the office's notifications (the office is an address, not an account).</summary>
    public string OfficeCulture { get; set; } = "en";

    /// <summary>The site's public address for links in mail (https://…); else the request's own origin.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Off in tests (they run the sender themselves).</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>Seconds between sender runs; also the length of its lease.</summary>
    public int IntervalSeconds { get; set; } = 15;

    /// <summary>Attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each later one doubles it (at most an hour).</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The weekly digest to editors and administrators; off in tests, which run it themselves.</summary>
    public bool DigestEnabled { get; set; } = true;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Clamp(IntervalSeconds, 1, 3600));

    /// <summary>True when an SMTP host is set: without one, messages stay queued.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, Math.Max(1, RetryBaseSeconds) * Math.Pow(2, Math.Max(0, attempts - 1))));
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UseStartTls { get; set; } = true;
}
