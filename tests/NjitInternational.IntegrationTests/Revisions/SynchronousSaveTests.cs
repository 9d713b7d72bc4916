using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>A synchronous SaveChanges runs the save pipeline's synchronous steps: same stamps, revision and audit entry.</summary>
public class SynchronousSaveTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ASynchronousSave_StampsTheRecord_AndWritesItsRevisionAndAuditEntry()
    {
        int partnerId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var partner = await db.Partners.OrderBy(p => p.Id).FirstAsync();
            partnerId = partner.Id;
            partner.City = "Changed by a synchronous save";
            using (BackgroundActor.Use("sync-save-test"))
            {
                db.SaveChanges();
            }
        }

        var saved = await site.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId));
        Assert.Equal("sync-save-test", saved.UpdatedBy);
        var revision = await site.WithDbAsync(db => db.Set<ContentRevision>().AsNoTracking()
            .Where(r => r.EntityType == nameof(Partner) && r.EntityId == partnerId && r.UserName == "sync-save-test")
            .Select(r => r.ChangedFields).SingleAsync());
        Assert.Equal("City", revision);
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Partner) && a.EntityId == partnerId.ToString(CultureInfo.InvariantCulture) && a.UserName == "sync-save-test")
            .Select(a => a.ChangesJson).SingleAsync());
        Assert.Contains("Changed by a synchronous save", audit, StringComparison.Ordinal);
    }
}
