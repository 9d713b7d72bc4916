using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Revisions;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>PruneAsync, driven directly (the background timer is off in tests), against the real database.</summary>
public class RevisionPruningTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task PruneAsync_DeletesWhatTheRuleAllows_AndNothingElse()
    {
        var now = SiteFactory.DefaultNow.UtcDateTime;
        ContentRevision Revision(int number, double daysAgo, PublicationStatus status = PublicationStatus.Draft) => new()
        {
            EntityType = "Page",
            EntityId = 424242,
            Number = number,
            AtUtc = now.AddDays(-daysAgo),
            Status = status,
            Title = "Old page",
        };
        await site.WithDbAsync(async db =>
        {
            db.AddRange(Revision(1, 400), Revision(2, 390, PublicationStatus.Published), Revision(3, 40), Revision(4, 40.01), Revision(5, 10), Revision(6, 2));
            await db.SaveChangesAsync();
        });

        await using var scope = site.Services.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<RevisionRetention>().PruneAsync(CancellationToken.None);

        Assert.Equal(2, removed);
        var left = await site.WithDbAsync(db => db.Set<ContentRevision>().Where(r => r.EntityId == 424242).Select(r => r.Number).OrderBy(n => n).ToListAsync());
        Assert.Equal([2, 3, 5, 6], left);
    }
}
