using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.AdminContent;

public class AllianceMemberTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Members_CanBeAddedAsPartnerOrNamedInstitution_AndRemoved_WithAuditEntries()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var (allianceId, partnerId, partnerName) = await site.WithDbAsync(async db =>
        {
            var alliance = await db.Alliances.Select(a => a.Id).FirstAsync();
            var partner = await db.Partners.Where(p => !db.AllianceMembers.Any(m => m.AllianceId == alliance && m.PartnerId == p.Id)).Select(p => new { p.Id, p.Name }).FirstAsync();
            return (alliance, partner.Id, partner.Name);
        });

        var edit = await client.GetHtmlAsync($"/admin/alliances/{allianceId}/edit");
        using var addPartner = await client.SubmitFormAsync(AdminForms.FormWithAction(edit, "/members"), [new("member.PartnerId", partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, addPartner.StatusCode);
        edit = await client.GetHtmlAsync($"/admin/alliances/{allianceId}/edit");
        using var addNamed = await client.SubmitFormAsync(AdminForms.FormWithAction(edit, "/members"), [new("member.InstitutionName", "Example Polytechnic")]);
        Assert.Equal(HttpStatusCode.Redirect, addNamed.StatusCode);

        edit = await client.GetHtmlAsync($"/admin/alliances/{allianceId}/edit");
        var members = edit.QuerySelector("#members table")!.TextContent;
        Assert.Contains(partnerName, members, StringComparison.Ordinal);
        Assert.Contains("Example Polytechnic", members, StringComparison.Ordinal);

        var memberId = await site.WithDbAsync(db => db.AllianceMembers.Where(m => m.AllianceId == allianceId && m.InstitutionName == "Example Polytechnic").Select(m => m.Id).SingleAsync());
        using var remove = await client.SubmitFormAsync(AdminForms.FormWithAction(edit, $"/members/{memberId}/remove"), []);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.AllianceMembers.AnyAsync(m => m.Id == memberId)));

        var audit = await site.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Alliance" && a.EntityId == allianceId.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal("Update", a.Action));
        Assert.Contains("Example Polytechnic", audit[2].ChangesJson, StringComparison.Ordinal);
        Assert.Contains("removed", audit[2].ChangesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMember_WithNeitherPartnerNorName_Answers400_WithAMessage()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var allianceId = await site.WithDbAsync(db => db.Alliances.Select(a => a.Id).FirstAsync());
        var edit = await client.GetHtmlAsync($"/admin/alliances/{allianceId}/edit");

        using var response = await client.SubmitFormAsync(AdminForms.FormWithAction(edit, "/members"), []);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a partner", page.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
    }
}
