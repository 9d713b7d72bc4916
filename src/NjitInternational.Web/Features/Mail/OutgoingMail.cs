namespace NjitInternational.Web.Features.Mail;

/// <summary>A composed message before it enters the outbox; <c>To</c> holds one or more addresses separated by ';'.</summary>
public sealed record OutgoingMail(
    string Kind,
    string To,
    string Subject,
    string TextBody,
    string HtmlBody,
    string Culture,
    string? ReplyTo = null,
    string? DeduplicationKey = null);

/// <summary>OutboxMessage.Kind values.</summary>
public static class MailKinds
{
    public const string EnquiryReceived = "EnquiryReceived";
    public const string EnquiryReply = "EnquiryReply";
    public const string PasswordReset = "PasswordReset";
    public const string WeeklyDigest = "WeeklyDigest";
}
