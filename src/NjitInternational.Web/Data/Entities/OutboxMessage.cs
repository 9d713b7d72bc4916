namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// One email waiting in, or delivered from, the mail outbox. Written by the same SaveChanges as the
/// event that causes it (an enquiry, a reply, a reset request), so a message exists exactly when
/// its event does; <c>Features/Mail/OutboxDispatcher</c> delivers it.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>One or more addresses separated by ';'.</summary>
    public string To { get; set; } = string.Empty;

    public string? ReplyTo { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string HtmlBody { get; set; } = string.Empty;

    /// <summary>The language the message was written in (en or zh-CN).</summary>
    public string Culture { get; set; } = "en";

    /// <summary>What the message is, for the admin list: EnquiryReceived, EnquiryReply, PasswordReset, WeeklyDigest.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Set when a message must be written at most once (a user's digest for one week).</summary>
    public string? DeduplicationKey { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not sent before this time: the backoff after a failure, or a claim by a sender.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}
