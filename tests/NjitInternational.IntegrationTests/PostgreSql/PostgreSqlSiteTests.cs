using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.PostgreSql;

/// <summary>The PostgreSQL test sites really run on PostgreSQL, migrated and seeded by the site itself.</summary>
public class PostgreSqlSiteTests(PostgreSqlSiteFactory site) : IClassFixture<PostgreSqlSiteFactory>
{
    [Fact]
    public async Task TheSite_RunsOnPostgreSql_WithEveryMigrationApplied()
    {
        using var client = site.CreateClient();
        using var home = await client.GetAsync(new Uri("/en", UriKind.Relative));
        home.EnsureSuccessStatusCode();

        await site.WithDbAsync(async db =>
        {
            Assert.IsType<PostgreSqlAppDbContext>(db);
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.True(await db.Partners.AnyAsync(), "the seed content was not written");
        });
    }

    [Fact]
    public async Task DatesComeBackAsUtc_WhateverKindTheyWereSavedWith()
    {
        // SQLite and forms hand DateTimes over with Kind=Unspecified; Npgsql refuses those for
        // timestamptz unless the context marks them UTC.
        var unspecified = new DateTime(2027, 3, 1, 8, 30, 0, DateTimeKind.Unspecified);
        var id = await site.WithDbAsync(async db =>
        {
            var country = await db.Countries.FirstAsync();
            var partner = new Partner { Name = "Unspecified Kind University", Slug = "unspecified-kind", Country = country, PublishAtUtc = unspecified };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });

        var stored = await site.WithDbAsync(db => db.Partners.AsNoTracking()
            .Where(p => p.Id == id && p.PublishAtUtc == unspecified)
            .Select(p => p.PublishAtUtc)
            .SingleAsync());

        Assert.Equal(DateTimeKind.Utc, stored!.Value.Kind);
        Assert.Equal(unspecified.Ticks, stored.Value.Ticks);
    }
}
