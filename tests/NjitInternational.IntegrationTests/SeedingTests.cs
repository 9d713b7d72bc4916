using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Data.Seed;
using NjitInternational.Web.Features.Countries;

namespace NjitInternational.IntegrationTests;

public class SeedingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<int> SeedAgainAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(CancellationToken.None);
    }

    private static async Task<string> SnapshotAsync(AppDbContext db) => string.Join('\n',
    [
        .. await db.Countries.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.IsoCode}|{c.Name}|{c.ConcurrencyStamp}").ToListAsync(),
        .. await db.Partners.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.Name}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.Programmes.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.Title}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.Alliances.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.VisitingProfessors.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.Conferences.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.Pages.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Slug}|{p.ConcurrencyStamp}").ToListAsync(),
        .. await db.ProgrammePartners.OrderBy(p => p.ProgrammeId).ThenBy(p => p.PartnerId).Select(p => $"{p.ProgrammeId}-{p.PartnerId}").ToListAsync(),
    ]);

    [Fact]
    public async Task SeededCountries_CarryTheIsoListsNamesKindAndContinent_AndNoRegionOfChinaIsSeeded()
    {
        var countries = await site.WithDbAsync(db => db.Countries.AsNoTracking().ToListAsync());

        Assert.All(countries, c =>
        {
            var entry = CountryList.Find(c.IsoCode)!;
            Assert.Equal((entry.Name, entry.NameZh, entry.Kind, entry.Continent), (c.Name, c.NameZh, c.Kind, c.WorldRegion));
        });
        // The source text names none of them (shared/seed/README.md): staff add them from the list.
        Assert.DoesNotContain(countries, c => c.IsoCode is "HK" or "MO" or "TW");
    }

    [Fact]
    public async Task StartUp_SeedsEveryFactOfTheSourceText()
    {
        await site.WithDbAsync(async db =>
        {
            Assert.Equal(SeedData.Partners.Length, await db.Partners.CountAsync());
            Assert.Equal(4, await db.Alliances.CountAsync());
            Assert.Equal(2, await db.VisitingProfessors.CountAsync());
            Assert.Equal(2, await db.Conferences.CountAsync());

            var northumbria = await db.Programmes.Include(p => p.Partners).ThenInclude(pp => pp.Partner)
                .SingleAsync(p => p.Slug == "electrical-engineering-and-automation-northumbria");
            Assert.Equal(2007, northumbria.RunningSince);
            Assert.Equal(ProgrammeKind.CollaborativeUndergraduate, northumbria.Kind);
            Assert.Equal("University of Northumbria at Newcastle", Assert.Single(northumbria.Partners).Partner!.Name);

            var oulu = await db.Programmes.SingleAsync(p => p.Slug == "njit-oulu-school");
            Assert.Equal("Software Engineering", oulu.Discipline);
            Assert.Contains("\u201c4+0\u201d", oulu.Description, StringComparison.Ordinal);

            var shi = await db.VisitingProfessors.SingleAsync(v => v.Slug == "shi-jianjun");
            Assert.Equal("Member, US National Academy of Engineering", shi.Honours);

            Assert.All(await db.Partners.Select(p => p.Status).ToListAsync(), s => Assert.Equal(PublicationStatus.Published, s));
        });
    }

    [Fact]
    public async Task AllKeys_AreExactlyTheKeysAFirstSeedingRecords_SoTheNextStartLoadsNothing()
    {
        var recorded = await site.WithDbAsync(db => db.SeedRecords.Select(r => r.Key).ToListAsync());

        Assert.Equal(recorded.Order(StringComparer.Ordinal), SeedContent.AllKeys().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SeedingTwice_ChangesNothing()
    {
        var before = await site.WithDbAsync(SnapshotAsync);

        var added = await SeedAgainAsync();

        Assert.Equal(0, added);
        Assert.Equal(before, await site.WithDbAsync(SnapshotAsync));
    }

    [Fact]
    public async Task Seeding_DoesNotRecreateWhatStaffDeleted_NorOverwriteWhatTheyEdited()
    {
        await site.WithDbAsync(async db =>
        {
            var conference = await db.Conferences.SingleAsync(c => c.Slug == "international-conference-on-big-data-and-security");
            db.Conferences.Remove(conference);
            var professor = await db.VisitingProfessors.SingleAsync(v => v.Slug == "clayton");
            professor.HomeInstitution = "Edited by staff";
            await db.SaveChangesAsync();
        });

        await SeedAgainAsync();

        await site.WithDbAsync(async db =>
        {
            Assert.False(await db.Conferences.AnyAsync(c => c.Slug == "international-conference-on-big-data-and-security"));
            Assert.Equal("Edited by staff", (await db.VisitingProfessors.SingleAsync(v => v.Slug == "clayton")).HomeInstitution);
        });
    }
}
