using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.IntegrationTests;

public class AuditStampTests(EmptySiteFactory site) : IClassFixture<EmptySiteFactory>
{
    [Fact]
    public async Task Saving_StampsTimesFromTheClock_AndRenewsTheConcurrencyToken()
    {
        var created = SiteFactory.DefaultNow.UtcDateTime;
        int id = 0;
        Guid firstStamp = Guid.Empty;
        await site.WithDbAsync(async db =>
        {
            var country = new Country { Name = "Finland", IsoCode = "FI", WorldRegion = WorldRegion.Europe };
            db.Countries.Add(country);
            await db.SaveChangesAsync();
            (id, firstStamp) = (country.Id, country.ConcurrencyStamp);
        });

        site.Clock.Advance(TimeSpan.FromHours(3));
        await site.WithDbAsync(async db =>
        {
            var country = await db.Countries.SingleAsync(c => c.Id == id);
            country.Name = "Republic of Finland";
            await db.SaveChangesAsync();
        });

        var saved = await site.WithDbAsync(db => db.Countries.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(created, saved.CreatedAtUtc);
        Assert.Equal(created.AddHours(3), saved.UpdatedAtUtc);
        Assert.Equal(AuditStampStep.SystemUser, saved.UpdatedBy);
        Assert.NotEqual(firstStamp, saved.ConcurrencyStamp);
    }

    [Fact]
    public async Task StaleSave_IsRefused_InsteadOfOverwriting()
    {
        var id = await site.WithDbAsync(async db =>
        {
            var country = new Country { Name = "Sweden", IsoCode = "SE", WorldRegion = WorldRegion.Europe };
            db.Countries.Add(country);
            await db.SaveChangesAsync();
            return country.Id;
        });

        await site.WithDbAsync(async first =>
        {
            var mine = await first.Countries.SingleAsync(c => c.Id == id);
            await site.WithDbAsync(async second =>
            {
                var theirs = await second.Countries.SingleAsync(c => c.Id == id);
                theirs.Name = "Kingdom of Sweden";
                await second.SaveChangesAsync();
            });

            mine.Name = "Sverige";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        });

        Assert.Equal("Kingdom of Sweden", await site.WithDbAsync(db => db.Countries.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }
}
