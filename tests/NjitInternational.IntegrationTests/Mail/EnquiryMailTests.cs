using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Data.Entities;
using static NjitInternational.IntegrationTests.Mail.MailTestSupport;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>An enquiry tells the office by mail, through the outbox, over a real SMTP server.</summary>
public class EnquiryMailTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    [Fact]
    public async Task Enquiry_DeliversOneMessageToTheOffice_WithTopicProgrammeAndLink_AndNoPersonalData()
    {
        const string Topic = "Exchange semester in spring";
        using (var response = await SubmitEnquiryAsync(site, Topic))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var enquiry = await EnquiryAsync(site, Topic);
        var queued = Assert.Single(await OutboxAsync(site, Topic));
        Assert.Equal(OutboxStatus.Queued, queued.Status);
        Assert.Equal("en", enquiry.Culture);

        Assert.True(await site.RunSenderAsync() >= 1);

        var message = Assert.Single(site.Smtp.MessagesTo(SiteFactory.OfficeAddress), m => (m.Subject ?? "").Contains(Topic, StringComparison.Ordinal));
        Assert.Equal($"New enquiry: {Topic}", message.Subject);
        Assert.Equal("noreply@njit.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("en", message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        var link = $"http://localhost/admin/enquiries/{enquiry.Id}";
        Assert.Contains(link, message.Text(), StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", message.Html(), StringComparison.Ordinal);
        Assert.Contains(enquiry.Programme!.Title, message.Text(), StringComparison.Ordinal);
        foreach (var personal in new[] { "Wei Private-Name", "wei.private@example.test", "X1234567", "Finland" })
        {
            Assert.DoesNotContain(personal, message.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain(personal, message.Html(), StringComparison.Ordinal);
        }

        var sent = Assert.Single(await OutboxAsync(site, Topic));
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, sent.SentAtUtc);
    }

    [Fact]
    public async Task EnquiryFromTheChinesePage_IsStoredWithItsLanguage()
    {
        const string Topic = "交换项目咨询";
        using (var response = await SubmitEnquiryAsync(site, Topic, language: "zh"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal("zh-CN", (await EnquiryAsync(site, Topic)).Culture);
    }

    [Fact]
    public async Task SmtpOutage_KeepsMessagesQueuedWithTheError_ThenDeliversEachExactlyOnce()
    {
        const string Topic = "Outage question";
        await site.Smtp.StopAsync();
        try
        {
            foreach (var n in new[] { 1, 2 })
            {
                using var response = await SubmitEnquiryAsync(site, $"{Topic} {n}");
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }

            Assert.Equal(0, await site.RunSenderAsync());
            var waiting = await OutboxAsync(site, Topic);
            Assert.Equal(2, waiting.Count);
            Assert.All(waiting, m =>
            {
                Assert.Equal(OutboxStatus.Queued, m.Status);
                Assert.Equal(1, m.Attempts);
                Assert.False(string.IsNullOrEmpty(m.LastError));
                Assert.True(m.NextAttemptAtUtc > site.Clock.GetUtcNow().UtcDateTime, "a failed message waits before its retry");
            });
        }
        finally
        {
            await site.Smtp.StartAgainAsync();
        }

        // Not yet due: nothing is sent before the backoff has passed.
        await site.RunSenderAsync();
        Assert.DoesNotContain(site.Smtp.Messages(), m => (m.Subject ?? "").Contains(Topic, StringComparison.Ordinal));

        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await site.RunSenderAsync();
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        await site.RunSenderAsync();

        foreach (var n in new[] { 1, 2 })
        {
            Assert.Single(site.Smtp.Messages(), m => m.Subject == $"New enquiry: {Topic} {n}");
        }

        Assert.All(await OutboxAsync(site, Topic), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task HeaderInjection_InTheTopicOrEmail_IsRefusedNextToTheField_AndStoresNothing()
    {
        const string Topic = "Injected\r\nBcc: victim@example.test";
        using (var topic = await SubmitEnquiryAsync(site, Topic))
        {
            Assert.Equal(HttpStatusCode.BadRequest, topic.StatusCode);
            var page = await topic.ReadHtmlAsync();
            Assert.Contains("no line breaks or control characters", page.QuerySelector("[data-valmsg-for='Enquiry.Topic']")!.TextContent, StringComparison.Ordinal);
        }

        using (var email = await SubmitEnquiryAsync(site, "Clean topic for injection test", change: v => v["Enquiry.Email"] = "a@example.test\nBcc: victim@example.test"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
            var page = await email.ReadHtmlAsync();
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Enquiry.Email']")!.TextContent));
        }

        Assert.Empty(await OutboxAsync(site, "injection"));
        Assert.Empty(await OutboxAsync(site, "Injected"));
    }
}
