using NjitInternational.Web.Data.Seed;

namespace NjitInternational.UnitTests;

/// <summary>The seed must trace back to the source text: these read the text itself.</summary>
public class SeedDataTests
{
    private static readonly string Source = File.ReadAllText(FindSourceText());

    /// <summary>docs/source holds a verbatim copy of the commissioned text (shared/seed).</summary>
    private static string FindSourceText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "source", "international-cooperation.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/source/international-cooperation.txt not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> PartnerNames => [.. SeedData.Partners.Select(p => p.Name)];

    public static TheoryData<string> AllianceNames => [.. SeedData.Alliances.Select(a => a.Title)];

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public void EveryPartner_IsNamedInTheSourceText(string name) =>
        Assert.Contains(name, Source, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(AllianceNames))]
    public void EveryAlliance_IsNamedInTheSourceText(string name) =>
        Assert.Contains(name, Source, StringComparison.Ordinal);

    [Fact]
    public void EveryProfessorAndConferenceTopic_IsInTheSourceText()
    {
        Assert.All(SeedData.VisitingProfessors, p => Assert.Contains($"Professor {p.Name}", Source, StringComparison.Ordinal));
        Assert.All(SeedData.Conferences, c => Assert.Contains(c.Topic, Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Slugs_AreUniquePerType()
    {
        Assert.Equal(SeedData.Partners.Length, SeedData.Partners.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(SeedData.Programmes.Length, SeedData.Programmes.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(SeedData.Pages.Length, SeedData.Pages.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void EveryProgrammePartner_IsASeededPartner()
    {
        var partnerSlugs = SeedData.Partners.Select(p => p.Slug).ToHashSet();
        Assert.All(SeedData.Programmes.SelectMany(p => p.PartnerSlugs), slug => Assert.Contains(slug, partnerSlugs));
    }

    [Fact]
    public void OverviewPage_IsTheSourceTextWithItsFirstLetterRestored()
    {
        static string Words(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(Words("N" + Source), Words(SourceText.Overview));
    }
}
