using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Programmes;

public class StudyLandingTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    private static List<string> Listed(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-programme-list] li > a").Select(a => a.NormalizedText()).ToList();

    [Fact]
    public async Task StudyAbroad_ShowsThePageTextAndOutboundOrBothProgrammes_GroupedByKind()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/study-abroad");

        Assert.Equal("Study abroad", page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains("NJIT encourages students to engage in overseas programs", page.QuerySelector("[data-page-body]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Courses and internships at the National University of Singapore", "Courses and internships at the University of Cambridge", ProgrammeTestData.BothTitle],
            Listed(page).Order(StringComparer.Ordinal));
        var groups = page.QuerySelectorAll(".kind-group h3").Select(h => h.NormalizedText()).ToList();
        Assert.Equal(["Exchange programmes", "Courses and internships"], groups);
        Assert.NotNull(page.QuerySelector("a[href='/en/programmes?direction=abroad']"));
        Assert.NotNull(page.QuerySelector("a[href='/en/partners']"));
    }

    [Fact]
    public async Task StudyAtNjit_ShowsThePageTextAndInboundOrBothProgrammes()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/study-at-njit");

        Assert.Equal("Study at NJIT", page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains("welcome international students to study at NJIT", page.QuerySelector("[data-page-body]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Degree programmes for international students", "Exchange programmes for international students", ProgrammeTestData.GermanTitle, ProgrammeTestData.BothTitle],
            Listed(page).Order(StringComparer.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/en/programmes?direction=to-njit']"));

        // The enquiry form offers exactly those programmes.
        var options = page.QuerySelectorAll("select#Enquiry_ProgrammeId option").Skip(1).Select(o => o.NormalizedText()).ToList();
        Assert.Equal(Listed(page).Order(StringComparer.CurrentCulture), options);
        Assert.NotNull(page.QuerySelector("section#enquiry form[action^='/en/study-at-njit/enquiry']"));
    }
}

/// <summary>Unpublishes the landing pages' text, so it has a site of its own.</summary>
public class StudyLandingUnpublishedPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/en/study-abroad", "study-abroad", "Study abroad")]
    [InlineData("/en/study-at-njit", "study-at-njit", "Study at NJIT")]
    public async Task LandingPage_StillListsProgrammes_WhenItsTextIsUnpublished(string url, string slug, string heading)
    {
        await site.WithDbAsync(async db =>
        {
            var text = await db.Pages.SingleAsync(p => p.Slug == slug);
            text.Status = PublicationStatus.Draft;
            await db.SaveChangesAsync();
        });

        var page = await site.CreateClient().GetHtmlAsync(url);

        Assert.Equal(heading, page.QuerySelector("h1")!.NormalizedText());
        Assert.Null(page.QuerySelector("[data-page-body]"));
        Assert.Equal(2, page.QuerySelectorAll("[data-programme-list] li").Length);
    }
}
