using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Admin;
using NjitInternational.IntegrationTests.Mail;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Enquiries;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.PersonalData;

/// <summary>/admin/personal-data: an administrator finds, exports and deletes one enquirer's data; the audit log keeps counts, never the address.</summary>
public class PersonalDataPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string PagePath = "/admin/personal-data";

    private async Task<Enquiry> AddEnquiryAsync(string email, string name, string message, params string[] replies)
    {
        var enquiry = new Enquiry
        {
            Name = name,
            Email = email,
            Message = message,
            Topic = "Topic of " + name,
            ConsentGiven = true,
            SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime.AddDays(-3),
        };
        await site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
            foreach (var body in replies)
            {
                db.EnquiryReplies.Add(new EnquiryReply { EnquiryId = enquiry.Id, Body = body, SentBy = "staff@njit.test", SentAtUtc = SiteFactory.DefaultNow.UtcDateTime.AddDays(-2) });
            }

            await db.SaveChangesAsync();
        });
        return enquiry;
    }

    private static Task<HttpResponseMessage> FindAsync(HttpClient admin, string email) =>
        AdminForms.SubmitAsync(admin, PagePath, PagePath, new() { ["Input.Email"] = email });

    private static async Task<HttpResponseMessage> SubmitResultFormAsync(HttpClient admin, string email, string action)
    {
        using var found = await FindAsync(admin, email);
        var page = await found.ReadHtmlAsync();
        var form = (IHtmlFormElement)(page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No form posting to {action}"));
        return await admin.SubmitFormAsync(form, []);
    }

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync());

    private static void AssertNoAddress(IEnumerable<AuditEntry> entries, string email)
    {
        foreach (var entry in entries)
        {
            foreach (var text in new[] { entry.Summary, entry.EntityId, entry.ChangesJson })
            {
                Assert.DoesNotContain(email, text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("@example.test", text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Editor_IsRefused_LikeOtherAdministratorPages()
    {
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await editor.GetAsync(AdminForms.Url(PagePath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var inbox = await editor.GetHtmlAsync("/admin/enquiries");
        Assert.Null(inbox.QuerySelector($"a[href='{PagePath}']"));
    }

    [Fact]
    public async Task Find_ListsEveryEnquiryFromTheAddressIgnoringCase_WithReplyCounts_AndAuditsOnlyTheCount()
    {
        var first = await AddEnquiryAsync("Find.Me@Example.test", "Find Me", "First", "reply one", "reply two");
        var second = await AddEnquiryAsync("find.me@example.test", "Find Me Again", "Second");
        var other = await AddEnquiryAsync("find.me.not@example.test", "Someone Else", "Other");
        var (admin, administrator) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var start = await admin.GetHtmlAsync("/admin/enquiries");
        Assert.NotNull(start.QuerySelector($"a[href='{PagePath}']"));

        using var response = await FindAsync(admin, "FIND.me@example.TEST");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var rows = page.QuerySelectorAll("tr[data-enquiry-id]").ToList();
        Assert.Equal(
            new[] { first.Id, second.Id }.Order(),
            rows.Select(r => int.Parse(r.GetAttribute("data-enquiry-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal("2", rows.Single(r => r.GetAttribute("data-enquiry-id") == first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).QuerySelector(".reply-count")!.TextContent);
        Assert.DoesNotContain("Someone Else", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == other.Id)));
        var audit = Assert.Single(await AuditAsync(EnquirerPersonalData.FoundAction));
        Assert.Equal(administrator.Email, audit.UserName);
        Assert.Contains("2 enquiries", audit.Summary, StringComparison.Ordinal);
        AssertNoAddress([audit], "find.me@example.test");
    }

    [Fact]
    public async Task Export_GivesCsvAndJsonWithEachEnquiryAndItsReplies_FormulasDefused()
    {
        var enquiry = await AddEnquiryAsync("export.me@example.test", "=HYPERLINK(\"http://evil\")", "Message to export, 中文", "Our answer to you");
        await AddEnquiryAsync("export.me.not@example.test", "Not Exported", "Not mine");
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        using (var csvResponse = await SubmitResultFormAsync(admin, "export.me@example.test", $"{PagePath}/export.csv"))
        {
            Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
            var csv = await csvResponse.Content.ReadAsStringAsync();
            Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
            Assert.Contains("Message to export, 中文", csv, StringComparison.Ordinal);
            Assert.Contains("Reply," + enquiry.Id, csv, StringComparison.Ordinal);
            Assert.Contains("Our answer to you", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("Not mine", csv, StringComparison.Ordinal);
        }

        using (var jsonResponse = await SubmitResultFormAsync(admin, "export.me@example.test", $"{PagePath}/export.json"))
        {
            Assert.Equal(HttpStatusCode.OK, jsonResponse.StatusCode);
            Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType!.MediaType);
            using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
            var exported = Assert.Single(json.RootElement.GetProperty("enquiries").EnumerateArray());
            Assert.Equal(enquiry.Id, exported.GetProperty("id").GetInt32());
            Assert.Equal("export.me@example.test", exported.GetProperty("email").GetString());
            Assert.Equal("Message to export, 中文", exported.GetProperty("message").GetString());
            var reply = Assert.Single(exported.GetProperty("replies").EnumerateArray());
            Assert.Equal("Our answer to you", reply.GetProperty("body").GetString());
        }

        var audits = await AuditAsync(EnquirerPersonalData.ExportedAction);
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Contains("1 enquiries, 1 replies", a.Summary, StringComparison.Ordinal));
        AssertNoAddress(audits, "export.me@example.test");
    }

    [Fact]
    public async Task Delete_AfterConfirmation_RemovesEnquiriesRepliesAndOutboxMessages_AndLeavesOthers()
    {
        const string Email = "delete.me@example.test";
        const string Topic = "Erase me topic";
        using (var submitted = await MailTestSupport.SubmitEnquiryAsync(site, Topic, change: v => v["Enquiry.Email"] = "Delete.Me@example.test"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var viaForm = await MailTestSupport.EnquiryAsync(site, Topic);
        var direct = await AddEnquiryAsync(Email, "Delete Me", "Delete this", "a reply to delete");
        var kept = await AddEnquiryAsync("delete.me.not@example.test", "Keep Me", "Keep this", "a reply to keep");
        await site.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(
                Outbox(MailKinds.EnquiryReply, Email, "reply to delete"),
                Outbox(MailKinds.EnquiryReply, "delete.me.not@example.test", "reply to keep"));
            await db.SaveChangesAsync();
        });
        Assert.Single(await MailTestSupport.OutboxAsync(site, Topic));
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        // The first step only asks: nothing is deleted yet.
        using (var confirm = await SubmitResultFormAsync(admin, Email, $"{PagePath}/delete"))
        {
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.True(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == direct.Id)));
            var page = await confirm.ReadHtmlAsync();
            var form = (IHtmlFormElement)page.QuerySelector($"form[action='{PagePath}/delete/confirm']")!;
            using var deleted = await admin.SubmitFormAsync(form, []);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.False(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == direct.Id || e.Id == viaForm.Id)));
        Assert.False(await site.WithDbAsync(db => db.EnquiryReplies.AnyAsync(r => r.EnquiryId == direct.Id)));
        Assert.Empty(await MailTestSupport.OutboxAsync(site, Topic));
        Assert.Empty(await MailTestSupport.OutboxAsync(site, "reply to delete"));
        Assert.True(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == kept.Id)));
        Assert.True(await site.WithDbAsync(db => db.EnquiryReplies.AnyAsync(r => r.EnquiryId == kept.Id)));
        Assert.Single(await MailTestSupport.OutboxAsync(site, "reply to keep"));
        var audit = Assert.Single(await AuditAsync(EnquirerPersonalData.DeletedAction));
        Assert.Contains("2 enquiries, 1 replies, 2 outbox messages", audit.Summary, StringComparison.Ordinal);
        AssertNoAddress(await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync()), Email);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("")]
    [InlineData("a@b.test\r\nBcc: x@y.test")]
    public async Task BadAddress_Is400_WithAMessageNextToTheField_AndNothingAudited(string email)
    {
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var before = await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == EnquirerPersonalData.FoundAction));

        using var response = await FindAsync(admin, email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent));
        Assert.Equal(before, await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == EnquirerPersonalData.FoundAction)));
    }

    private static OutboxMessage Outbox(string kind, string to, string subject) => new()
    {
        Kind = kind,
        To = to,
        Subject = subject,
        TextBody = "text",
        HtmlBody = "<p>html</p>",
        Culture = "en",
        Status = OutboxStatus.Queued,
        NextAttemptAtUtc = SiteFactory.DefaultNow.UtcDateTime,
        CreatedAtUtc = SiteFactory.DefaultNow.UtcDateTime,
    };
}
