using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>Every save keeps a revision; staff list them and compare any two.</summary>
public class RevisionHistoryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EditingTwice_ListsThreeRevisions_AndTheComparisonShowsTheChangedField()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var title = RevisionTestClient.Unique("History page");
        var id = await editor.CreatePageAsync(title, "First line\nSecond line\nThird line");
        await editor.EditAsync("/admin/pages", id, new() { ["Summary"] = "A short summary" });
        await editor.EditAsync("/admin/pages", id, new() { ["Body"] = "First line\nSecond line, edited\nThird line" });

        var edit = await editor.Client.GetHtmlAsync($"/admin/pages/{id}/edit");
        Assert.Contains(edit.QuerySelectorAll(".record-meta a"), a => a.GetAttribute("href") == $"/admin/pages/{id}/history");

        var history = await editor.HistoryAsync("/admin/pages", id);
        var rows = history.QuerySelectorAll(".revisions-table tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Contains("Changed: Body", rows[0].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Changed: Summary", rows[1].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Created", rows[2].NormalizedText(), StringComparison.Ordinal);

        var compare = await editor.Client.GetHtmlAsync($"/admin/pages/{id}/history/compare?from=2&to=3");
        var changed = compare.QuerySelectorAll(".diff-table tbody tr.changed");
        var body = Assert.Single(changed);
        Assert.Equal("Body", body.QuerySelector("th")!.TextContent.Trim());
        // Line-level: only the edited line is removed and added; the others stay unchanged.
        Assert.Equal(["Second line"], body.QuerySelectorAll(".diff-removed del").Select(d => d.TextContent));
        Assert.Equal(["Second line, edited"], body.QuerySelectorAll(".diff-added ins").Select(d => d.TextContent));
        Assert.Contains("First line", body.QuerySelector(".diff-same")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(compare.QuerySelectorAll("details.unchanged-fields th"), th => th.TextContent.Trim() == "Summary");
    }

    [Fact]
    public async Task ARevision_HoldsAllFieldValues_WhoWhenAndStatus()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var id = await editor.CreatePageAsync(RevisionTestClient.Unique("Snapshot page"), "Body text");
        using (var publish = await editor.PostFormAsync($"/admin/pages/{id}/edit", "/publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var revisions = await editor.RevisionsAsync("Page", id);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        var published = revisions[1];
        Assert.Equal(Web.Data.Entities.PublicationStatus.Published, published.Status);
        Assert.Equal(SiteFactory.DefaultNow.UtcDateTime, published.AtUtc);
        Assert.StartsWith("editor-", published.UserName, StringComparison.Ordinal);
        Assert.Equal("Status", published.ChangedFields);
        Assert.Contains("\"Body\":\"Body text\"", published.SnapshotJson, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Published\"", published.SnapshotJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammePartnerLinks_AreCapturedWithTheProgramme()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var (programmeId, partnerId) = await site.WithDbAsync(async db =>
        {
            var programme = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Programmes, p => p.Partners.Count > 0);
            return (programme.Id, db.ProgrammePartners.First(pp => pp.ProgrammeId == programme.Id).PartnerId);
        });
        await editor.EditAsync("/admin/programmes", programmeId, new() { ["Discipline"] = "Edited discipline" });

        var latest = (await editor.RevisionsAsync("Programme", programmeId)).Last();
        Assert.Contains($"\"Partners\":[{{\"PartnerId\":{partnerId}}}", latest.SnapshotJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHistory_IsForStaffOnly_AnonymousVisitorsAreSentToSignIn()
    {
        using var anonymous = site.CreateBrowserLikeClient();
        using var response = await anonymous.GetAsync(new Uri("/admin/pages/1/history", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var deleted = await anonymous.GetAsync(new Uri("/admin/deleted", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    [Theory]
    [InlineData("/admin/nonsense/1/history", HttpStatusCode.NotFound)]
    [InlineData("/admin/pages/999999/history", HttpStatusCode.NotFound)]
    [InlineData("/admin/pages/1/history/compare?from=abc&to=-3", HttpStatusCode.OK)]
    [InlineData("/admin/pages/1/history/compare?from=9999&to=1", HttpStatusCode.NotFound)]
    [InlineData("/admin/deleted?type=%3Cscript%3E", HttpStatusCode.OK)]
    public async Task BadAddressesAndValues_AnswerNotFoundOrFallBack_NeverAServerError(string url, HttpStatusCode expected)
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        using var response = await editor.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
    }
}
