using System.Net.Sockets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Moq;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Resources;

namespace NjitInternational.UnitTests.Mail;

/// <summary>
/// Message composition down to the seam: what <see cref="MailComposer"/> writes, turned into an
/// outbox row, is what the <see cref="IMailSender"/> is handed; and how a refusal or an outage
/// changes the row. Moq stands in for the SMTP relay only.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private const string Office = "office@njit.test";

    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly MailOptions Settings = new()
    {
        From = "NJIT International <international@njit.test>",
        OfficeAddress = Office + ";dean@njit.test",
        RetryBaseSeconds = 30,
        MaxAttempts = 5,
    };

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly Mock<IMailSender> _sender = new(MockBehavior.Strict);
    private readonly List<MimeMessage> _handed = [];

    private static MailComposer Composer(string officeAddress = Office)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new MailComposer(new StringLocalizer<SharedResource>(factory), Options.Create(new MailOptions { OfficeAddress = officeAddress }));
    }

    private void SenderAccepts() =>
        _sender.Setup(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()))
            .Callback<MimeMessage, CancellationToken>((message, _) => _handed.Add(message))
            .Returns(Task.CompletedTask);

    private void SenderThrows(Exception exception) =>
        _sender.Setup(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);

    private Task<DeliveryResult> DeliverAsync(OutboxMessage row) =>
        new OutboxDelivery(_sender.Object, _clock).AttemptAsync(row, Settings, CancellationToken.None);

    private static OutboxMessage Row(OutgoingMail mail, int attempts = 0)
    {
        var row = MailOutbox.ToRow(mail, Now.UtcDateTime.AddMinutes(-1));
        row.Id = 42;
        row.Attempts = attempts;
        return row;
    }

    [Fact]
    public async Task ChineseReply_IsHandedToTheSender_ToTheEnquirer_ReplyToTheOffice_InChinese()
    {
        SenderAccepts();
        var mail = Composer().EnquiryReply("li.enquirer@example.test", "zh-CN", "奖学金", "奖学金包括学费。", "王老师");

        var result = await DeliverAsync(Row(mail));

        var message = Assert.Single(_handed);
        Assert.Equal("li.enquirer@example.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(Office, Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("international@njit.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("回复：奖学金", message.Subject);
        Assert.Contains("奖学金包括学费。", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("南京工程学院国际合作交流处 王老师", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("奖学金包括学费。", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("zh-CN", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal((OutboxStatus.Sent, 1, Now.UtcDateTime), (result.Status, result.Attempts, result.SentAtUtc!.Value));
    }

    [Fact]
    public async Task EnglishReply_HasAnEnglishSubjectAndSignature()
    {
        SenderAccepts();
        var mail = Composer().EnquiryReply("sam@example.test", "en", "Scholarships", "Yes, there is one.", "Ms Wang");

        await DeliverAsync(Row(mail));

        var message = Assert.Single(_handed);
        Assert.Equal("Re: Scholarships", message.Subject);
        Assert.Contains("Ms Wang, the international office of Nanjing Institute of Technology", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("en", message.Body!.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task NewEnquiryNotice_GoesToEveryOfficeAddress_WithTheInboxLink_AndNoReplyTo()
    {
        SenderAccepts();
        var mail = Composer(Settings.OfficeAddress!).EnquiryReceived("Exchange in Finland", "Exchange with Oulu", "https://intl.njit.test/admin/enquiries/7");

        await DeliverAsync(Row(mail));

        var message = Assert.Single(_handed);
        Assert.Equal([Office, "dean@njit.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.ReplyTo);
        Assert.Equal("New enquiry: Exchange in Finland", message.Subject);
        Assert.Contains("https://intl.njit.test/admin/enquiries/7", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermanentRefusal_MarksTheRowFailed_AtTheFirstAttempt()
    {
        SenderThrows(new MailRejectedException("550 5.1.1 mailbox unavailable"));

        var result = await DeliverAsync(Row(Composer().PasswordReset("staff@njit.test", "en", "https://intl.njit.test/reset")));

        Assert.Equal(OutboxStatus.Failed, result.Status);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("550 5.1.1", result.LastError, StringComparison.Ordinal);
        Assert.Null(result.SentAtUtc);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    public async Task TransientFailure_QueuesTheRowAgain_AfterADoublingDelay(int attemptsBefore, int delaySeconds)
    {
        SenderThrows(new SocketException((int)SocketError.ConnectionRefused));

        var result = await DeliverAsync(Row(Composer().PasswordReset("staff@njit.test", "en", "https://intl.njit.test/reset"), attemptsBefore));

        Assert.Equal(OutboxStatus.Queued, result.Status);
        Assert.Equal(attemptsBefore + 1, result.Attempts);
        Assert.Equal(Now.UtcDateTime.AddSeconds(delaySeconds), result.NextAttemptAtUtc);
        Assert.Contains(nameof(SocketException), result.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransientFailure_OnTheLastAllowedAttempt_MarksTheRowFailed()
    {
        SenderThrows(new SocketException((int)SocketError.TimedOut));

        var result = await DeliverAsync(Row(Composer().PasswordReset("staff@njit.test", "en", "https://intl.njit.test/reset"), Settings.MaxAttempts - 1));

        Assert.Equal((OutboxStatus.Failed, Settings.MaxAttempts), (result.Status, result.Attempts));
    }

    [Fact]
    public async Task UnusableRecipient_FailsWithoutReachingTheSender()
    {
        var row = Row(new OutgoingMail(MailKinds.EnquiryReply, "not an address", "Subject", "text", "<p>html</p>", "en"));

        var result = await DeliverAsync(row);

        Assert.Equal(OutboxStatus.Failed, result.Status);
        Assert.Contains("not an address", result.LastError, StringComparison.Ordinal);
        _sender.VerifyNoOtherCalls();
    }
}
