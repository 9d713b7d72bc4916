using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>Restoring a revision goes through the normal save: the public page changes and a new revision is kept.</summary>
public class RevisionRestoreTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task RestoringAnOldRevision_BringsItsValueBackOnThePublicPage_AndAddsARevision()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var slug = "restore-" + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreatePageAsync("Restore page", "The original wording.", slug);
        using (var publish = await editor.PostFormAsync($"/admin/pages/{id}/edit", "/publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        await editor.EditAsync("/admin/pages", id, new() { ["Body"] = "A careless rewrite." });
        using var anonymous = site.CreateClient();
        Assert.Contains("A careless rewrite.", await anonymous.GetStringAsync(new Uri($"/en/about/{slug}", UriKind.Relative)), StringComparison.Ordinal);

        using var restore = await editor.PostFormAsync($"/admin/pages/{id}/history", "/history/2/restore");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal($"/admin/pages/{id}/edit", restore.Headers.Location!.OriginalString);

        var publicPage = await anonymous.GetStringAsync(new Uri($"/en/about/{slug}", UriKind.Relative));
        Assert.Contains("The original wording.", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A careless rewrite.", publicPage, StringComparison.Ordinal);

        var revisions = await editor.RevisionsAsync("Page", id);
        Assert.Equal(4, revisions.Count);
        Assert.Equal("Restored from revision 2", revisions[^1].Note);
        Assert.Equal(Web.Data.Entities.PublicationStatus.Published, revisions[^1].Status);
        var history = await editor.HistoryAsync("/admin/pages", id);
        Assert.Contains("Restored from revision 2", history.QuerySelector(".revisions-table tbody tr")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_IsRefused_WhenAnotherRecordNowUsesTheAddress()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var slug = "taken-" + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreatePageAsync("Renamed page", "Body", slug);
        await editor.EditAsync("/admin/pages", id, new() { ["Slug"] = slug + "-moved" });
        await editor.CreatePageAsync("Newcomer page", "Body", slug);

        using var restore = await editor.PostFormAsync($"/admin/pages/{id}/history", "/history/1/restore");

        Assert.Equal(HttpStatusCode.Conflict, restore.StatusCode);
        var page = await restore.ReadHtmlAsync();
        var message = page.QuerySelector("[role=alert]")!.NormalizedText();
        Assert.Contains($"slug \"{slug}\" is now used by another page, “Newcomer page”", message, StringComparison.Ordinal);
        Assert.Equal(2, (await editor.RevisionsAsync("Page", id)).Count);
    }

    [Fact]
    public async Task Restoring_WithAStaleStamp_ChangesNothing()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var id = await editor.CreatePageAsync(RevisionTestClient.Unique("Stale page"), "One");
        await editor.EditAsync("/admin/pages", id, new() { ["Body"] = "Two" });
        var history = await editor.HistoryAsync("/admin/pages", id);
        await editor.EditAsync("/admin/pages", id, new() { ["Body"] = "Three" });

        using var restore = await editor.Client.SubmitFormAsync(
            NjitInternational.IntegrationTests.AdminContent.AdminForms.FormWithAction(history, "/history/1/restore"), []);

        Assert.Equal(HttpStatusCode.Conflict, restore.StatusCode);
        Assert.Contains("Someone else changed this page", (await restore.ReadHtmlAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await editor.RevisionsAsync("Page", id)).Count);
    }
}
