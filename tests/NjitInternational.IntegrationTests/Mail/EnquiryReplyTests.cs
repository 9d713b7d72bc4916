using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Admin;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>Staff reply on the enquiry's page: the enquirer gets it in their language, Reply-To the office, and the thread keeps it.</summary>
public class EnquiryReplyTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    private async Task<int> AddEnquiryAsync(string email, string culture, string topic)
    {
        var enquiry = new Enquiry
        {
            Name = "Li Enquirer",
            Email = email,
            Message = "Is there a scholarship?",
            Topic = topic,
            Culture = culture,
            ConsentGiven = true,
            SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime.AddHours(-1),
        };
        await site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
        });
        return enquiry.Id;
    }

    [Fact]
    public async Task Reply_ReachesTheEnquirerInTheirLanguage_WithReplyToTheOffice_AndJoinsTheThread()
    {
        var id = await AddEnquiryAsync("li.enquirer@example.test", "zh-CN", "奖学金");
        var (client, editor) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        const string Body = "Yes: the NJIT scholarship covers tuition.\nApply by 1 March.";

        using (var posted = await AdminForms.SubmitAsync(client, $"/admin/enquiries/{id}", $"/admin/enquiries/{id}/reply", new() { ["Reply.Body"] = Body }))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        await site.RunSenderAsync();

        var message = Assert.Single(site.Smtp.MessagesTo("li.enquirer@example.test"));
        Assert.Equal("回复：奖学金", message.Subject);
        Assert.Equal(SiteFactory.OfficeAddress, message.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("Apply by 1 March.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("南京工程学院国际合作交流处", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("zh-CN", message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);

        var page = await client.GetHtmlAsync($"/admin/enquiries/{id}");
        var reply = Assert.Single(page.QuerySelectorAll(".enquiry-thread .reply"));
        Assert.Contains("Apply by 1 March.", reply.TextContent, StringComparison.Ordinal);
        Assert.Contains(editor.Email!, reply.QuerySelector(".reply-meta")!.TextContent, StringComparison.Ordinal);
        var stored = await site.WithDbAsync(db => db.EnquiryReplies.AsNoTracking().SingleAsync(r => r.EnquiryId == id));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, stored.SentAtUtc);
        Assert.Equal(editor.Email, stored.SentBy);
    }

    [Fact]
    public async Task EmptyReply_IsRefusedNextToTheField_AndNothingIsQueued()
    {
        var id = await AddEnquiryAsync("empty.reply@example.test", "en", "Empty reply test");
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var posted = await AdminForms.SubmitAsync(client, $"/admin/enquiries/{id}", $"/admin/enquiries/{id}/reply", new() { ["Reply.Body"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var page = await posted.ReadHtmlAsync();
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Reply.Body']")!.TextContent));
        Assert.False(await site.WithDbAsync(db => db.EnquiryReplies.AnyAsync(r => r.EnquiryId == id)));
        Assert.False(await site.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == "empty.reply@example.test")));
    }

    [Fact]
    public async Task DeletingAnEnquiry_DeletesItsReplies()
    {
        var id = await AddEnquiryAsync("cascade@example.test", "en", "Cascade test");
        await site.WithDbAsync(async db =>
        {
            db.EnquiryReplies.Add(new EnquiryReply { EnquiryId = id, Body = "reply", SentBy = "x@njit.test", SentAtUtc = SiteFactory.DefaultNow.UtcDateTime });
            await db.SaveChangesAsync();
            await db.Enquiries.Where(e => e.Id == id).ExecuteDeleteAsync();
        });

        Assert.False(await site.WithDbAsync(db => db.EnquiryReplies.AnyAsync(r => r.EnquiryId == id)));
    }
}
