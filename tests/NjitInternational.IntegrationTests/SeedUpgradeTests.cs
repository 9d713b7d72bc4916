using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Seed;

namespace NjitInternational.IntegrationTests;

/// <summary>Mutates the seed records, so it has a site of its own.</summary>
public class SeedUpgradeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Seeding_ADatabaseFromBeforeChineseCountryNames_FillsThem_InsteadOfTakingTheNothingNewShortcut()
    {
        // A database seeded before the Chinese country names existed: no "country-zh" records, no names.
        await site.WithDbAsync(async db =>
        {
            await db.SeedRecords.Where(r => r.Key.StartsWith("country-zh:")).ExecuteDeleteAsync();
            await db.Countries.Where(c => c.IsoCode == "FI").ExecuteUpdateAsync(s => s.SetProperty(c => c.NameZh, (string?)null));
        });

        int added;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            added = await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(CancellationToken.None);
        }

        Assert.True(added > 0, "the missing country-zh items were not applied");
        Assert.Equal("芬兰", await site.WithDbAsync(db => db.Countries.Where(c => c.IsoCode == "FI").Select(c => c.NameZh).SingleAsync()));
    }
}
