using System.Globalization;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.DemoData;

/// <summary>
/// Clearly synthetic, published records for benchmarks and scale tests: "Synthetic University
/// 0001" in "Synthetic Land 03" (ISO user-assigned codes QA–QJ). Never real institutions.
/// Inserts in batches with a cleared change tracker, so 20,000 rows take seconds, not minutes.
/// </summary>
public static class DemoDataGenerator
{
    private const int BatchSize = 1000;
    private const int CountryCount = 10;

    public static async Task AddAsync(
        AppDbContext db,
        int partners,
        int programmes,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kinds = Enum.GetValues<PartnershipKind>();
        var programmeKinds = Enum.GetValues<ProgrammeKind>();

        var countries = Enumerable.Range(0, CountryCount)
            .Select(i => new Country
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"Synthetic Land {i:00}"),
                IsoCode = $"Q{(char)('A' + i)}",
                WorldRegion = (WorldRegion)(i % 6),
                Status = PublicationStatus.Published,
            })
            .ToList();
        db.Countries.AddRange(countries);
        await db.SaveChangesAsync(cancellationToken);
        var countryIds = countries.Select(c => c.Id).ToArray();
        db.ChangeTracker.Clear();

        var partnerIds = new List<int>(partners);
        for (var start = 1; start <= partners; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, partners - start + 1))
                .Select(i => new Partner
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"Synthetic University {i:0000}"),
                    Slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-university-{i:0000}"),
                    CountryId = countryIds[i % countryIds.Length],
                    City = "Synthetic City",
                    PartnerSince = 2000 + (i % 25),
                    Summary = "A synthetic partner for benchmarks and scale tests.",
                    PartnershipKinds = [new PartnerPartnershipKind { Kind = kinds[i % kinds.Length] }],
                    IsFeatured = i % 50 == 0,
                    Status = PublicationStatus.Published,
                })
                .ToList();
            db.Partners.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            partnerIds.AddRange(batch.Select(p => p.Id));
            db.ChangeTracker.Clear();
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"partners {partnerIds.Count}/{partners}"));
        }

        for (var start = 1; start <= programmes; start += BatchSize)
        {
            var count = Math.Min(BatchSize, programmes - start + 1);
            db.Programmes.AddRange(Enumerable.Range(start, count).Select(i => new Programme
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic Programme {i:0000}"),
                Slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-programme-{i:0000}"),
                Kind = programmeKinds[i % programmeKinds.Length],
                Direction = (ProgrammeDirection)(i % 3),
                Discipline = string.Create(CultureInfo.InvariantCulture, $"Synthetic Discipline {i % 12:00}"),
                LanguageOfInstruction = i % 2 == 0 ? "English" : "Chinese",
                StudyMode = i % 2 == 0 ? "2+2" : "4+0",
                Summary = "A synthetic programme for benchmarks and scale tests.",
                Partners = partnerIds.Count == 0 ? [] : [new ProgrammePartner { PartnerId = partnerIds[i % partnerIds.Count] }],
                Status = PublicationStatus.Published,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"programmes {start + count - 1}/{programmes}"));
        }
    }
}
