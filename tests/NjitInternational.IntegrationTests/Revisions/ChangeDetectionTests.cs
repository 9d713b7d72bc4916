using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>The save interceptors share one DetectChanges per save instead of each running their own.</summary>
public class ChangeDetectionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnAuditedSave_ScansTheChangeTrackerTwicePerSave_AndStillWritesItsRevisionAndAuditEntry()
    {
        var scans = 0;
        int partnerId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            void Count(object? sender, Microsoft.EntityFrameworkCore.ChangeTracking.DetectChangesEventArgs e) => scans++;
            var partner = await db.Partners.Include(p => p.PartnershipKinds).OrderBy(p => p.Id).FirstAsync();
            partnerId = partner.Id;
            partner.City = "Changed for the change-detection test";
            partner.PartnershipKinds.Add(new PartnerPartnershipKind { Kind = partner.PartnershipKinds.Any(k => k.Kind == PartnershipKind.Research) ? PartnershipKind.CoursesAndInternships : PartnershipKind.Research });
            db.ChangeTracker.DetectingAllChanges += Count;
            try
            {
                using (BackgroundActor.Use("change-detection-test"))
                {
                    await db.SaveChangesAsync();
                }
            }
            finally
            {
                db.ChangeTracker.DetectingAllChanges -= Count;
            }
        }

        // Three saves (the change, its revisions, its audit entries): one scan by the first
        // interceptor and one by EF Core's own SaveChanges each, not one per interceptor.
        Assert.InRange(scans, 1, 6);
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Partner) && a.EntityId == partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserName == "change-detection-test")
            .Select(a => a.ChangesJson).SingleAsync());
        Assert.Contains("\"City\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"PartnershipKinds\":{\"added\":", audit, StringComparison.Ordinal);
        var revision = await site.WithDbAsync(db => db.Set<ContentRevision>().AsNoTracking()
            .Where(r => r.EntityType == nameof(Partner) && r.EntityId == partnerId && r.UserName == "change-detection-test")
            .Select(r => r.ChangedFields).SingleAsync());
        Assert.Equal("City,PartnershipKinds", revision);
    }
}
