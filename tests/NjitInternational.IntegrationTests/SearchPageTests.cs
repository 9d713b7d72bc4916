using System.Net;
using AngleSharp.Dom;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

internal static class SearchReader
{
    /// <summary>Group key → (heading, total shown in the heading, result link URLs).</summary>
    public static Dictionary<string, (string Heading, List<string> Titles, List<string> Urls)> Groups(IDocument page) =>
        page.QuerySelectorAll("section[data-group]").ToDictionary(
            s => s.GetAttribute("data-group")!,
            s => (
                s.QuerySelector("h2")!.NormalizedText(),
                s.QuerySelectorAll(".search-hits > li > a").Select(a => a.NormalizedText()).ToList(),
                s.QuerySelectorAll(".search-hits > li > a").Select(a => a.GetAttribute("href")!).ToList()));

    public static Task<IDocument> SearchAsync(HttpClient client, string q) =>
        client.GetHtmlAsync("/en/search?q=" + Uri.EscapeDataString(q));
}

public class SearchPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("oulu")]
    [InlineData("OULU")]
    [InlineData("  Oulu ")]
    public async Task Search_FindsPartnerAndProgramme_CaseInsensitively(string q)
    {
        var groups = SearchReader.Groups(await SearchReader.SearchAsync(site.CreateClient(), q));

        Assert.Equal(["University of Oulu"], groups["partners"].Titles);
        Assert.Equal(["/en/partners/university-of-oulu"], groups["partners"].Urls);
        Assert.Equal("Partners (1)", groups["partners"].Heading);
        Assert.Contains("NJIT-Oulu School", groups["programmes"].Titles);
        Assert.Contains("/en/programmes/njit-oulu-school", groups["programmes"].Urls);
    }

    [Theory]
    [InlineData("royal academy", "professors", "/en/visiting-professors/clayton")]
    [InlineData("shi jianjun", "professors", "/en/visiting-professors/shi-jianjun")]
    [InlineData("big data", "conferences", "/en/conferences/international-conference-on-big-data-and-security")]
    [InlineData("electromechanical technology", "conferences", "/en/conferences/international-conference-on-electromechanical-technology")]
    [InlineData("canada-jiangsu", "alliances", "/en/alliances/canada-jiangsu-university-alliance")]
    [InlineData("well-established universities abroad", "pages", "/en/about/staff-mobility")]
    public async Task Search_FindsEachTypeOfContent_InItsOwnGroup(string q, string group, string url)
    {
        var page = await SearchReader.SearchAsync(site.CreateClient(), q);
        var groups = SearchReader.Groups(page);

        Assert.Contains(url, groups[group].Urls);
        Assert.All(groups.Where(g => g.Key != group), g => Assert.DoesNotContain(url, g.Value.Urls));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Search_GroupsResultsByType_WithAHeadingAndCountPerGroup()
    {
        var groups = SearchReader.Groups(await SearchReader.SearchAsync(site.CreateClient(), "university"));

        Assert.True(groups["partners"].Titles.Count >= 5);
        Assert.Equal($"Partners ({groups["partners"].Titles.Count})", groups["partners"].Heading);
        // Ranked, not alphabetical: both match in the title.
        Assert.Equal(["Canada-Jiangsu University Alliance", "ROK-Jiangsu University Alliance"], groups["alliances"].Titles.Order());
        Assert.Equal("Alliances (2)", groups["alliances"].Heading);
        Assert.All(groups["partners"].Urls, u => Assert.StartsWith("/en/partners/", u, StringComparison.Ordinal));
        Assert.All(groups["alliances"].Urls, u => Assert.StartsWith("/en/alliances/", u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WithoutQuery_ShowsOnlyTheLabelledForm()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/search");

        var input = page.QuerySelector("form[role=search] input[name=q]")!;
        Assert.Equal("Search the site", page.QuerySelector($"label[for={input.Id}]")!.NormalizedText());
        Assert.Equal("get", page.QuerySelector("form[role=search]")!.GetAttribute("method"));
        Assert.Empty(page.QuerySelectorAll("section[data-group]"));
        Assert.Null(page.QuerySelector(".search-summary"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("'")]
    [InlineData("%_'")]
    [InlineData("[a-z]")]
    [InlineData("\\")]
    [InlineData("' OR 1=1 --")]
    public async Task Search_TreatsSpecialCharactersLiterally_WithoutError(string q)
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // No seeded record contains these characters: were % or _ wildcards, everything would match.
        Assert.Empty(page.QuerySelectorAll("section[data-group]"));
        Assert.Equal($"Search results for “{q}”", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Nothing matched", page.QuerySelector(".search-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CutsAVeryLongQueryTo100Characters_WithoutError()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/search?q=" + new string('x', 5000), UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, page.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
        Assert.Contains("shortened to its first 100 characters", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Canonical_IsTheSearchPageWithoutQueryString()
    {
        var page = await SearchReader.SearchAsync(site.CreateClient(), "oulu");

        Assert.Equal("http://localhost/en/search", PublicPageAssertions.Canonical(page));
        Assert.Equal("Search results for “oulu” | NJIT International", page.Title);
    }
}

/// <summary>Adds drafts that match the search, so it has a site of its own.</summary>
public class SearchDraftTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Search_LeavesOutDraftAndArchivedRecordsOfEveryType()
    {
        await site.WithDbAsync(async db =>
        {
            var country = db.Countries.First();
            db.Partners.Add(new Partner { Name = "Zyxwv Draft University", Slug = "zyxwv-partner", CountryId = country.Id, Status = PublicationStatus.Draft });
            db.Programmes.Add(new Programme { Title = "Zyxwv Programme", Slug = "zyxwv-programme", Status = PublicationStatus.Archived });
            db.Alliances.Add(new Alliance { Name = "Zyxwv Alliance", Slug = "zyxwv-alliance", Status = PublicationStatus.Draft });
            db.VisitingProfessors.Add(new VisitingProfessor { Name = "Zyxwv Person", Slug = "zyxwv-person", Status = PublicationStatus.Draft });
            db.Conferences.Add(new Conference { Title = "Zyxwv Conference", Slug = "zyxwv-conference", Status = PublicationStatus.Draft });
            db.Pages.Add(new Page { Title = "Zyxwv Page", Slug = "zyxwv-page", Status = PublicationStatus.Draft });
            db.VisitingProfessors.Add(new VisitingProfessor { Name = "Zyxwv Published Person", Slug = "zyxwv-published", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });

        var groups = SearchReader.Groups(await SearchReader.SearchAsync(site.CreateClient(), "zyxwv"));

        Assert.Equal(["professors"], groups.Keys);
        Assert.Equal(["/en/visiting-professors/zyxwv-published"], groups["professors"].Urls);
    }
}
