using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

public class HomePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>The counted figures (data-count): a stated figure may stand beside the count in the text.</summary>
    internal static async Task<Dictionary<string, int>> ReadFiguresAsync(HttpClient client)
    {
        var page = await client.GetHtmlAsync("/en");
        return page.QuerySelectorAll("[data-figure]")
            .ToDictionary(e => e.GetAttribute("data-figure")!, e => int.Parse(e.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Home_ShowsFiguresCountedFromPublishedRecords()
    {
        var expected = await site.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["partners"] = await db.Partners.CountAsync(p => p.Status == PublicationStatus.Published),
            ["countries"] = await db.Partners.Where(p => p.Status == PublicationStatus.Published).Select(p => p.CountryId).Distinct().CountAsync(),
            ["programmes"] = await db.Programmes.CountAsync(p => p.Status == PublicationStatus.Published),
            ["alliances"] = await db.Alliances.CountAsync(a => a.Status == PublicationStatus.Published),
            ["professors"] = await db.VisitingProfessors.CountAsync(v => v.Status == PublicationStatus.Published),
        });

        var shown = await ReadFiguresAsync(site.CreateClient());

        Assert.Equal(expected, shown);
        // The seed names 8 partners in 6 countries, 4 alliances and 2 professors.
        Assert.Equal(8, shown["partners"]);
        Assert.Equal(6, shown["countries"]);
        Assert.Equal(4, shown["alliances"]);
        Assert.Equal(2, shown["professors"]);
    }

    [Fact]
    public async Task Home_HasOneHeadingAndTheOverviewFromTheSourceText()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en", UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("entered into partnerships with 37 universities in 16 countries and regions", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}

/// <summary>Changes data, so it has a site of its own.</summary>
public class HomeFiguresChangeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static Task<Dictionary<string, int>> ReadFiguresAsync(HttpClient client) => HomePageTests.ReadFiguresAsync(client);

    [Fact]
    public async Task Home_FiguresFollowTheData_WhenRecordsArePublishedOrUnpublished()
    {
        var client = site.CreateClient();
        var before = await ReadFiguresAsync(client);

        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "university-of-cambridge");
            partner.Status = PublicationStatus.Draft;
            db.Alliances.Add(new Alliance { Name = "Test Alliance", Slug = "test-alliance-home", Status = PublicationStatus.Published });
            db.VisitingProfessors.Add(new VisitingProfessor { Name = "Draft Person", Slug = "draft-person-home", Status = PublicationStatus.Draft });
            await db.SaveChangesAsync();
        });

        var after = await ReadFiguresAsync(client);

        Assert.Equal(before["partners"] - 1, after["partners"]);
        // Cambridge's country (GB) still has Northumbria and Strathclyde.
        Assert.Equal(before["countries"], after["countries"]);
        Assert.Equal(before["alliances"] + 1, after["alliances"]);
        Assert.Equal(before["professors"], after["professors"]);
    }
}
