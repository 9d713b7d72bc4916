using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
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

    [Fact]
    public async Task Seeding_ADatabaseWithStaffTypedTaiwan_CorrectsItOnce_ToThePrescribedRegionName()
    {
        // Before the ISO list, staff could type any name and kind.
        await site.WithDbAsync(async db =>
        {
            await db.SeedRecords.Where(r => r.Key == "country-prescribed:TW").ExecuteDeleteAsync();
            db.Countries.Add(new Country { IsoCode = "TW", Name = "Taiwan", NameZh = "台湾", Kind = CountryKind.Country, WorldRegion = WorldRegion.Asia, Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });

        await SeedAsync();
        var corrected = await site.WithDbAsync(db => db.Countries.AsNoTracking().SingleAsync(c => c.IsoCode == "TW"));
        Assert.Equal(("Taiwan, China", "中国台湾", CountryKind.Region, WorldRegion.Asia), (corrected.Name, corrected.NameZh, corrected.Kind, corrected.WorldRegion));

        // Applied once: a later start leaves the row alone.
        await site.WithDbAsync(db => db.Countries.Where(c => c.IsoCode == "TW").ExecuteUpdateAsync(s => s.SetProperty(c => c.NameZh, "中国台湾省")));
        Assert.Equal(0, await SeedAsync());
        Assert.Equal("中国台湾省", await site.WithDbAsync(db => db.Countries.Where(c => c.IsoCode == "TW").Select(c => c.NameZh).SingleAsync()));
    }

    private async Task<int> SeedAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(CancellationToken.None);
    }
}
