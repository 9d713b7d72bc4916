using System.Globalization;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.TestSupport;

/// <summary>
/// Clearly synthetic bulk records for scale tests (query budgets, paging): "Synthetic University 0001"
/// and so on, spread over a few synthetic countries, all published.
/// </summary>
public static class LargeDataSet
{
    private static readonly PartnershipKind[] Kinds = Enum.GetValues<PartnershipKind>();
    private static readonly ProgrammeKind[] ProgrammeKinds = Enum.GetValues<ProgrammeKind>();

    public static async Task AddAsync(AppDbContext db, int partners, int programmes)
    {
        ArgumentNullException.ThrowIfNull(db);
        var countries = Enumerable.Range(0, 10)
            .Select(i => new Country
            {
                Name = $"Synthetic Land {i:00}",
                IsoCode = $"Q{(char)('A' + i)}",
                WorldRegion = (WorldRegion)(i % 6),
                Status = PublicationStatus.Published,
            })
            .ToList();
        db.Countries.AddRange(countries);

        var partnerRows = Enumerable.Range(1, partners)
            .Select(i => new Partner
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"Synthetic University {i:0000}"),
                Slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-university-{i:0000}"),
                Country = countries[i % countries.Count],
                City = "Synthetic City",
                PartnerSince = 2000 + (i % 25),
                Summary = "A synthetic partner for scale tests.",
                PartnershipKinds = [new PartnerPartnershipKind { Kind = Kinds[i % Kinds.Length] }],
                IsFeatured = i % 50 == 0,
                Status = PublicationStatus.Published,
            })
            .ToList();
        db.Partners.AddRange(partnerRows);

        db.Programmes.AddRange(Enumerable.Range(1, programmes).Select(i => new Programme
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic Programme {i:0000}"),
            Slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-programme-{i:0000}"),
            Kind = ProgrammeKinds[i % ProgrammeKinds.Length],
            Direction = (ProgrammeDirection)(i % 3),
            Discipline = $"Synthetic Discipline {i % 12:00}",
            LanguageOfInstruction = i % 2 == 0 ? "English" : "Chinese",
            StudyMode = i % 2 == 0 ? "2+2" : "4+0",
            Summary = "A synthetic programme for scale tests.",
            Partners = partners == 0 ? [] : [new ProgrammePartner { Partner = partnerRows[i % partnerRows.Count] }],
            Status = PublicationStatus.Published,
        }));

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
