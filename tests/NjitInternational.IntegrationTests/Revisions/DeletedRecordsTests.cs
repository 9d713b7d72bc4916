using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>A deleted record keeps its last revision and can be re-created from it.</summary>
public class DeletedRecordsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ADeletedProgramme_IsListed_AndRestoredAsADraft_RelinkedToThePartnersThatStillExist()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var title = RevisionTestClient.Unique("Deleted programme");
        var (programmeId, keptPartner, goneName) = await site.WithDbAsync(async db =>
        {
            var country = await db.Countries.FirstAsync();
            var kept = await db.Partners.FirstAsync();
            var gone = new Partner { Name = RevisionTestClient.Unique("Short-lived partner"), Slug = "gone-" + Guid.NewGuid().ToString("N")[..8], CountryId = country.Id };
            var programme = new Programme
            {
                Title = title,
                Slug = "deleted-" + Guid.NewGuid().ToString("N")[..8],
                Kind = ProgrammeKind.Exchange,
                Status = PublicationStatus.Published,
                Partners = [new ProgrammePartner { PartnerId = kept.Id }, new ProgrammePartner { Partner = gone }],
            };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return (programme.Id, kept.Id, gone.Name);
        });

        using (var delete = await editor.PostFormAsync($"/admin/programmes/{programmeId}/delete", "/delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        }

        await site.WithDbAsync(db => db.Partners.Where(p => p.Name == goneName).ExecuteDeleteAsync());

        var last = (await editor.RevisionsAsync("Programme", programmeId)).Last();
        Assert.True(last.IsDeleted);
        Assert.Equal(PublicationStatus.Published, last.Status);

        var deleted = await editor.Client.GetHtmlAsync("/admin/deleted?type=programmes");
        var row = Assert.Single(deleted.QuerySelectorAll(".revisions-table tbody tr"), r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Published", row.TextContent, StringComparison.Ordinal);

        using var restore = await editor.PostFormAsync("/admin/deleted?type=programmes", $"/admin/deleted/{last.Id}/restore");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var edit = await editor.Client.GetHtmlAsync(restore.Headers.Location!.OriginalString);
        Assert.Contains("re-created as a draft", edit.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no longer exists", edit.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var restored = await site.WithDbAsync(db => db.Programmes.AsNoTracking().Include(p => p.Partners).SingleAsync(p => p.Title == title));
        Assert.NotEqual(programmeId, restored.Id);
        Assert.Equal(PublicationStatus.Draft, restored.Status);
        Assert.Equal([keptPartner], restored.Partners.Select(p => p.PartnerId));

        var after = await editor.Client.GetHtmlAsync("/admin/deleted?type=programmes");
        Assert.DoesNotContain(title, after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var firstRevision = Assert.Single(await editor.RevisionsAsync("Programme", restored.Id));
        Assert.Contains($"deleted record #{programmeId}", firstRevision.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedSave_KeepsNoRevision()
    {
        var before = await site.WithDbAsync(db => db.Set<ContentRevision>().CountAsync());
        await site.WithDbAsync(async db =>
        {
            db.Pages.Add(new Page { Title = "Orphan", Slug = "orphan-revision-page" });
            db.Partners.Add(new Partner { Name = "Nowhere University", Slug = "nowhere-revision", CountryId = 987654 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await site.WithDbAsync(db => db.Set<ContentRevision>().CountAsync()));
    }
}
