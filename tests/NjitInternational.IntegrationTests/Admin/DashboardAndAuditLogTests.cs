using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class DashboardAndAuditLogTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Dashboard_CountsEachContentTypeByStatus_AndShowsUnreadEnquiries()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var partners = await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Status == PublicationStatus.Published));
        var unread = await site.WithDbAsync(db => db.Enquiries.CountAsync(e => !e.IsRead));

        var page = await client.GetHtmlAsync("/admin");

        var partnerRow = page.QuerySelector("table")!.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")?.TextContent == "Partners");
        Assert.Equal(partners.ToString(System.Globalization.CultureInfo.InvariantCulture), partnerRow.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(8, page.QuerySelector("table")!.QuerySelectorAll("tbody tr").Length);
        Assert.Contains($"Unread enquiries: {unread}", page.QuerySelector(".dashboard-enquiries")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("td"), td => td.TextContent.StartsWith("SignIn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditLog_FiltersByAction_AndShowsChangedFieldsEncoded()
    {
        await site.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = SiteFactory.DefaultNow.UtcDateTime,
                UserName = "someone@njit.test",
                Action = "Update",
                EntityType = "Partner",
                EntityId = "1",
                ChangesJson = """{"Name":{"old":"Old <i>name</i>","new":"New name"}}""",
            });
            await db.SaveChangesAsync();
        });
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        using var response = await client.GetAsync(AdminForms.Url("/admin/audit?action=Update&from=2026-11-28&to=2026-11-28&page=abc"));
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.All(rows, r => Assert.Equal("Update", r.QuerySelectorAll("td")[2].TextContent));
        Assert.Contains(rows, r => r.QuerySelector(".changes dt")?.TextContent == "Name" && r.QuerySelector(".changes .new")?.TextContent == "New name");
        Assert.Contains("Old &lt;i&gt;name&lt;/i&gt;", html, StringComparison.Ordinal);

        var otherDay = await client.GetHtmlAsync("/admin/audit?action=Update&from=2026-11-29");
        Assert.Empty(otherDay.QuerySelectorAll("tbody tr"));
    }
}
