using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class EnquiriesInboxTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<int> AddEnquiryAsync(string name, string message)
    {
        var enquiry = new Enquiry
        {
            Name = name,
            Email = "student@example.test",
            Message = message,
            ConsentGiven = true,
            SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime.AddMinutes(-5),
        };
        await site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
        });
        return enquiry.Id;
    }

    [Fact]
    public async Task Reading_ChangesNothing_AndShowsTheMessageEncoded_ThenPostsMarkItReadAndHandled()
    {
        var id = await AddEnquiryAsync("<b>Mallory</b>", "<script>alert(1)</script> hello");
        var (client, editor) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var detail = await client.GetAsync(AdminForms.Url($"/admin/enquiries/{id}"));
        var html = await detail.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Mallory</b>", html, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.IsRead).SingleAsync()));

        using (var read = await AdminForms.SubmitAsync(client, $"/admin/enquiries/{id}", $"/admin/enquiries/{id}/read"))
        {
            Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        }

        using (var handled = await AdminForms.SubmitAsync(client, $"/admin/enquiries/{id}", $"/admin/enquiries/{id}/handled"))
        {
            Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        }

        var stored = await site.WithDbAsync(db => db.Enquiries.SingleAsync(e => e.Id == id));
        Assert.True(stored.IsRead);
        Assert.Equal(SiteFactory.DefaultNow.UtcDateTime, stored.HandledAtUtc);
        Assert.Equal(editor.Email, stored.HandledBy);
    }

    [Fact]
    public async Task List_FiltersUnread_AndIgnoresBadPaging()
    {
        var id = await AddEnquiryAsync("Unread Person", "Question about programmes");
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        var unread = await client.GetHtmlAsync("/admin/enquiries?filter=unread&page=-3");
        Assert.Contains(unread.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/admin/enquiries/{id}");

        using var bad = await client.GetAsync(AdminForms.Url("/admin/enquiries?filter=" + new string('x', 5000) + "&page=abc"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);

        await site.WithDbAsync(db => db.Enquiries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.HandledAtUtc, SiteFactory.DefaultNow.UtcDateTime).SetProperty(e => e.IsRead, true)));
        var unreadAfter = await client.GetHtmlAsync("/admin/enquiries?filter=unread");
        Assert.DoesNotContain(unreadAfter.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/admin/enquiries/{id}");
    }

    [Fact]
    public async Task CsvExport_IsUtf8_AndNeutralisesFormulas()
    {
        await AddEnquiryAsync("=cmd|' /C calc'!A0", "Zoë asks, \"when?\"");
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await client.GetAsync(AdminForms.Url("/admin/enquiries.csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("'=cmd|' /C calc'!A0", text, StringComparison.Ordinal);
        Assert.Contains("\"Zoë asks, \"\"when?\"\"\"", text, StringComparison.Ordinal);
    }
}
