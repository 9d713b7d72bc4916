using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Countries;

namespace NjitInternational.Web.Data.Seed;

/// <summary>
/// Adds the <see cref="SeedData"/> items that were never applied before. Each applied item is
/// remembered in <see cref="SeedRecord"/>, so a row staff deleted stays deleted and a row staff
/// edited is never overwritten. Everything is written in one SaveChanges (one transaction).
/// </summary>
internal sealed class SeedContent(AppDbContext db, TimeProvider clock)
{
    private HashSet<string> _applied = [];
    private readonly List<string> _newKeys = [];

    /// <returns>The number of items added.</returns>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        _applied = (await db.SeedRecords.Select(s => s.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        _newKeys.Clear();
        // The usual start: everything applied before. Loading nothing keeps start-up time independent
        // of how many records staff (or the demo-data generator) added since.
        if (AllKeys().All(_applied.Contains))
        {
            return 0;
        }

        var countries = await SeedCountriesAsync(cancellationToken);
        var partners = await SeedPartnersAsync(countries, cancellationToken);
        await SeedProgrammesAsync(partners, cancellationToken);
        await SeedSimpleAsync(db.Alliances, SeedData.Alliances.Select(a => (SeedKeys.Alliance(a), a.Slug, (Func<Alliance>)(() =>
            new Alliance { Slug = a.Slug, Name = a.Title, Description = a.Body, Status = PublicationStatus.Published }))), x => x.Slug, cancellationToken);
        await SeedSimpleAsync(db.VisitingProfessors, SeedData.VisitingProfessors.Select(p => (SeedKeys.Professor(p), p.Slug, (Func<VisitingProfessor>)(() =>
            new VisitingProfessor { Slug = p.Slug, Name = p.Name, Title = p.Title, Honours = p.Honours, Status = PublicationStatus.Published }))), x => x.Slug, cancellationToken);
        await SeedSimpleAsync(db.Conferences, SeedData.Conferences.Select(c => (SeedKeys.Conference(c), c.Slug, (Func<Conference>)(() =>
            new Conference { Slug = c.Slug, Title = c.Title, Topic = c.Topic, Status = PublicationStatus.Published }))), x => x.Slug, cancellationToken);
        await SeedSimpleAsync(db.Pages, SeedData.Pages.Select(p => (SeedKeys.Page(p), p.Slug, (Func<Page>)(() =>
            new Page { Slug = p.Slug, Title = p.Title, TitleZh = p.TitleZh, Summary = p.Summary, SummaryZh = p.SummaryZh, Body = p.Body, BodyZh = p.BodyZh, Status = PublicationStatus.Published }))), x => x.Slug, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        db.SeedRecords.AddRange(_newKeys.Select(k => new SeedRecord { Key = k, AppliedAtUtc = now }));
        await db.SaveChangesAsync(cancellationToken);
        return _newKeys.Count;
    }

    internal static IEnumerable<string> AllKeys() =>
        SeedData.Countries.Select(SeedKeys.Country)
            .Concat(SeedData.Countries.Where(c => c.NameZh is not null).Select(SeedKeys.CountryChineseName))
            .Concat(SeedData.PrescribedRegions.Select(SeedKeys.PrescribedRegion))
            .Concat(SeedData.Partners.Select(SeedKeys.Partner))
            .Concat(SeedData.Programmes.Select(SeedKeys.Programme))
            .Concat(SeedData.Alliances.Select(SeedKeys.Alliance))
            .Concat(SeedData.VisitingProfessors.Select(SeedKeys.Professor))
            .Concat(SeedData.Conferences.Select(SeedKeys.Conference))
            .Concat(SeedData.Pages.Select(SeedKeys.Page));

    private bool ShouldApply(string key) => !_applied.Contains(key);

    private void MarkApplied(string key) => _newKeys.Add(key);

    private async Task<Dictionary<string, Country>> SeedCountriesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Countries.ToDictionaryAsync(c => c.IsoCode, StringComparer.Ordinal, cancellationToken);
        foreach (var seed in SeedData.Countries)
        {
            var key = SeedKeys.Country(seed);
            if (!ShouldApply(key))
            {
                continue;
            }

            if (!existing.ContainsKey(seed.IsoCode))
            {
                var country = new Country
                {
                    IsoCode = seed.IsoCode,
                    Name = seed.Name,
                    NameZh = seed.NameZh,
                    Kind = seed.Kind,
                    WorldRegion = seed.Region,
                    Status = PublicationStatus.Published,
                };
                db.Countries.Add(country);
                existing[seed.IsoCode] = country;
            }

            MarkApplied(key);
        }

        // Chinese country names came after the first release: filled once where staff left them empty.
        foreach (var seed in SeedData.Countries.Where(c => c.NameZh is not null))
        {
            var key = SeedKeys.CountryChineseName(seed);
            if (ShouldApply(key))
            {
                if (existing.TryGetValue(seed.IsoCode, out var country) && country.NameZh is null)
                {
                    country.NameZh = seed.NameZh;
                }

                MarkApplied(key);
            }
        }

        // Hong Kong, Macao and Taiwan: before the ISO list, staff typed names and kinds freely. Their
        // names are prescribed (regions of China), not a matter of taste, so rows staff added are
        // corrected once (docs/decisions/006-approved-maps-and-country-list.md).
        foreach (var code in SeedData.PrescribedRegions)
        {
            var key = SeedKeys.PrescribedRegion(code);
            if (ShouldApply(key))
            {
                if (existing.TryGetValue(code, out var region))
                {
                    CountryList.Find(code)!.ApplyTo(region);
                }

                MarkApplied(key);
            }
        }

        return existing;
    }

    private async Task<Dictionary<string, Partner>> SeedPartnersAsync(
        Dictionary<string, Country> countries,
        CancellationToken cancellationToken)
    {
        // Only the seeded slugs: a site with thousands of partners must not track them all.
        var seedSlugs = SeedData.Partners.Select(p => p.Slug).ToList();
        var existing = await db.Partners.Where(p => seedSlugs.Contains(p.Slug))
            .ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var seed in SeedData.Partners)
        {
            var key = SeedKeys.Partner(seed);
            // A partner whose country staff removed cannot be seeded; it is tried again next start.
            if (!ShouldApply(key) || !countries.TryGetValue(seed.CountryIso, out var country))
            {
                continue;
            }

            if (!existing.ContainsKey(seed.Slug))
            {
                var partner = new Partner
                {
                    Slug = seed.Slug,
                    Name = seed.Name,
                    ShortName = seed.ShortName,
                    Country = country,
                    Summary = seed.Summary,
                    PartnershipKinds = [.. seed.Kinds.Select(k => new PartnerPartnershipKind { Kind = k })],
                    Status = PublicationStatus.Published,
                };
                db.Partners.Add(partner);
                existing[seed.Slug] = partner;
            }

            MarkApplied(key);
        }

        return existing;
    }

    private async Task SeedProgrammesAsync(Dictionary<string, Partner> partners, CancellationToken cancellationToken)
    {
        var seedSlugs = SeedData.Programmes.Select(p => p.Slug).ToList();
        var existingSlugs = await db.Programmes.Where(p => seedSlugs.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var seed in SeedData.Programmes)
        {
            var key = SeedKeys.Programme(seed);
            if (!ShouldApply(key))
            {
                continue;
            }

            if (!existingSlugs.Contains(seed.Slug, StringComparer.Ordinal))
            {
                db.Programmes.Add(new Programme
                {
                    Slug = seed.Slug,
                    Title = seed.Title,
                    Kind = seed.Kind,
                    Direction = seed.Direction,
                    Discipline = seed.Discipline,
                    RunningSince = seed.RunningSince,
                    Summary = seed.Summary,
                    Description = seed.Description,
                    Partners = [.. seed.PartnerSlugs
                        .Where(partners.ContainsKey)
                        .Select(slug => new ProgrammePartner { Partner = partners[slug] })],
                    Status = PublicationStatus.Published,
                });
            }

            MarkApplied(key);
        }
    }

    private async Task SeedSimpleAsync<T>(
        DbSet<T> set,
        IEnumerable<(string Key, string Slug, Func<T> Create)> items,
        System.Linq.Expressions.Expression<Func<T, string>> slugOf,
        CancellationToken cancellationToken)
        where T : class
    {
        var existingSlugs = (await set.Select(slugOf).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, slug, create) in items)
        {
            if (!ShouldApply(key))
            {
                continue;
            }

            if (!existingSlugs.Contains(slug))
            {
                set.Add(create());
            }

            MarkApplied(key);
        }
    }

    /// <summary>
    /// The <see cref="SeedRecord"/> key of each kind of seed item: the one definition that seeding
    /// and the "everything applied already" check (<see cref="AllKeys"/>) share.
    /// </summary>
    private static class SeedKeys
    {
        public static string Country(SeedData.CountrySeed seed) => "country:" + seed.IsoCode;

        public static string CountryChineseName(SeedData.CountrySeed seed) => "country-zh:" + seed.IsoCode;

        public static string PrescribedRegion(string isoCode) => "country-prescribed:" + isoCode;

        public static string Partner(SeedData.PartnerSeed seed) => "partner:" + seed.Slug;

        public static string Programme(SeedData.ProgrammeSeed seed) => "programme:" + seed.Slug;

        public static string Alliance(SeedData.TextSeed seed) => "alliance:" + seed.Slug;

        public static string Professor(SeedData.ProfessorSeed seed) => "professor:" + seed.Slug;

        public static string Conference(SeedData.ConferenceSeed seed) => "conference:" + seed.Slug;

        public static string Page(SeedData.TextSeed seed) => "page:" + seed.Slug;
    }
}
