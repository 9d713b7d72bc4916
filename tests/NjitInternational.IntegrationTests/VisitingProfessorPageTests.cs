using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

public class VisitingProfessorPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task List_ShowsBothSeededProfessors_WithTheirHonoursHighlighted()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors");

        Assert.Single(page.QuerySelectorAll("h1"));
        var entries = page.QuerySelectorAll(".professor-list > li").ToList();
        Assert.Equal(2, entries.Count);
        var byName = entries.ToDictionary(e => e.QuerySelector("h2")!.NormalizedText(), e => e.QuerySelector(".honours")!.NormalizedText());
        Assert.Equal("Honours: Member, US National Academy of Engineering", byName["Professor Shi Jianjun"]);
        Assert.Equal("Honours: Member, UK Royal Academy of Sciences", byName["Professor Clayton"]);
        Assert.Equal("/en/visiting-professors/shi-jianjun", entries.Select(e => e.QuerySelector("h2 a")!.GetAttribute("href")).Single(h => h!.EndsWith("shi-jianjun", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Detail_ShowsNameTitleAndHonours_AndLeavesEmptyFieldsOut()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors/shi-jianjun");

        Assert.Equal("Professor Shi Jianjun", page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains("Member, US National Academy of Engineering", page.QuerySelector(".honours")!.TextContent, StringComparison.Ordinal);
        // The seed records no institution, field, biography, photo or visit years: none may show as an empty label.
        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("dt"));
        Assert.Empty(main.QuerySelectorAll("img"));
        Assert.DoesNotContain("Biography", main.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "Visiting professors", "Professor Shi Jianjun"], PublicPageAssertions.Breadcrumbs(page));
        Assert.StartsWith("Professor Shi Jianjun |", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_HasPersonJsonLd_WithHonorificPrefixAndAward()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors/clayton");

        var person = PublicPageAssertions.JsonLdOfType(page, "Person");
        Assert.Equal("Clayton", person.GetProperty("name").GetString());
        Assert.Equal("Professor", person.GetProperty("honorificPrefix").GetString());
        Assert.Equal("Member, UK Royal Academy of Sciences", person.GetProperty("award").GetString());
        Assert.False(person.TryGetProperty("affiliation", out _), "no home institution is recorded, so none may be claimed");
    }

    [Fact]
    public async Task Canonical_IsThePageUrlWithoutQueryString()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors/clayton?utm_source=x&page=-3");

        Assert.Equal("http://localhost/en/visiting-professors/clayton", PublicPageAssertions.Canonical(page));
        Assert.Equal("http://localhost/en/visiting-professors/clayton", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Detail_AnswersNotFound_ForAnUnknownSlug()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/visiting-professors/no-such-person", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Adds professors of every status, so it has a site of its own.</summary>
public class VisitingProfessorStatusTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => site.WithDbAsync(async db =>
    {
        if (db.VisitingProfessors.Any(v => v.Slug == "test-full-professor"))
        {
            return;
        }

        db.VisitingProfessors.AddRange(
            new VisitingProfessor { Name = "Test Draft Person", Slug = "test-draft-professor", Honours = "Draft honour", Status = PublicationStatus.Draft },
            new VisitingProfessor { Name = "Test Archived Person", Slug = "test-archived-professor", Status = PublicationStatus.Archived },
            new VisitingProfessor
            {
                Name = "Test Full Person",
                Slug = "test-full-professor",
                Title = "Dr",
                Honours = "Test Fellow",
                HomeInstitution = "Test Institute",
                Field = "Test Engineering",
                Biography = "A **bold** biography.<script>alert(1)</script>",
                PhotoUrl = "/images/test-person.jpg",
                YearsOfVisits = "2018, 2019",
                Status = PublicationStatus.Published,
            });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("test-draft-professor")]
    [InlineData("test-archived-professor")]
    public async Task Detail_AnswersNotFound_ForDraftAndArchivedProfessors(string slug)
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/visiting-professors/" + slug, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_LeavesOutDraftAndArchivedProfessors()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors");
        var names = page.QuerySelectorAll(".professor-list h2").Select(h => h.NormalizedText()).ToList();

        Assert.Equal(["Professor Clayton", "Professor Shi Jianjun", "Dr Test Full Person"], names);
    }

    [Fact]
    public async Task Detail_ShowsEveryFilledField_RendersBiographySafely_AndAffiliationInJsonLd()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/visiting-professors/test-full-professor");
        var facts = page.QuerySelectorAll("main dl.record-facts > div")
            .ToDictionary(d => d.QuerySelector("dt")!.NormalizedText(), d => d.QuerySelector("dd")!.NormalizedText());

        Assert.Equal("Dr Test Full Person", page.QuerySelector("h1")!.NormalizedText());
        Assert.Equal("Test Institute", facts["Home institution"]);
        Assert.Equal("Test Engineering", facts["Field"]);
        Assert.Equal("2018, 2019", facts["Visits to NJIT"]);
        Assert.Equal("bold", page.QuerySelector("main .prose strong")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        var photo = page.QuerySelector("main img")!;
        Assert.Equal("/images/test-person.jpg", photo.GetAttribute("src"));
        Assert.Equal("Test Full Person", photo.GetAttribute("alt"));

        var person = PublicPageAssertions.JsonLdOfType(page, "Person");
        Assert.Equal("Test Institute", person.GetProperty("affiliation").GetProperty("name").GetString());
        Assert.Equal("Test Fellow", person.GetProperty("award").GetString());
    }
}
