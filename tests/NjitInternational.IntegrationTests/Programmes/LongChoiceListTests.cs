using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using static NjitInternational.IntegrationTests.Programmes.ChoiceListExpectations;
using static NjitInternational.IntegrationTests.Programmes.ProgrammeTestData;

namespace NjitInternational.IntegrationTests.Programmes;

/// <summary>
/// The seed and the programme test data, with drop-downs limited to three options: the seed's
/// eight partners with programmes and four programmes for students coming to NJIT are then "too
/// many to list", as thousands are on a large site.
/// </summary>
public sealed class ShortChoiceListsSite : SiteFactory, IAsyncLifetime
{
    public const int MaxOptions = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ChoiceLists:MaxOptions", MaxOptions.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task InitializeAsync() => WithDbAsync(ProgrammeTestData.AddAsync);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

internal static class ChoiceListExpectations
{
    /// <summary>Straight from the database: the published partners of a country that have a published programme.</summary>
    public static Task<List<string>> PublishedPartnersWithProgrammesAsync(SiteFactory site, string countryIso) =>
        site.WithDbAsync(db => db.Partners
            .Where(p => p.Status == PublicationStatus.Published && p.Country!.IsoCode == countryIso
                && p.Programmes.Any(pp => pp.Programme!.Status == PublicationStatus.Published))
            .Select(p => p.Slug)
            .ToListAsync());
}

/// <summary>Past the limit, the partner filter and the enquiry form's programme stop listing every option and say what to do instead.</summary>
public class LongChoiceListTests(ShortChoiceListsSite site) : IClassFixture<ShortChoiceListsSite>
{
    private const string Strathclyde = "university-of-strathclyde";

    private static List<string?> OptionValues(AngleSharp.Dom.IDocument page, string select) =>
        [.. page.QuerySelectorAll($"select#{select} option").Select(o => o.GetAttribute("value"))];

    [Fact]
    public async Task Catalogue_WithTooManyPartners_OffersOnlyAllPartners_AndSaysHowElseToChoose()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes");

        Assert.Equal([""], OptionValues(page, "partner"));
        var hint = page.QuerySelector("#partner-hint")!;
        Assert.Equal("Too many partners to list: choose a country or region, or search by the partner's name.", hint.NormalizedText());
        Assert.Equal("partner-hint", page.QuerySelector("select#partner")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Catalogue_WithTooManyPartners_StillShowsAndAppliesTheChosenPartner()
    {
        var page = await site.CreateClient().GetHtmlAsync($"/en/programmes?partner={Strathclyde}");

        Assert.Equal(["", Strathclyde], OptionValues(page, "partner"));
        Assert.Equal(Strathclyde, page.QuerySelector("select#partner option[selected]")!.GetAttribute("value"));
        var titles = page.QuerySelectorAll(".programme-list .programme-title").Select(t => t.NormalizedText()).ToList();
        Assert.Contains(BothTitle, titles);
        Assert.All(page.QuerySelectorAll(".programme-item"), row =>
            Assert.NotNull(row.QuerySelector($"a[href='/en/partners/{Strathclyde}']")));
    }

    [Fact]
    public async Task Catalogue_ACountryWithFewPartners_ListsThatCountrysPartnersWithProgrammes()
    {
        var expected = await PublishedPartnersWithProgrammesAsync(site, "GB");
        Assert.InRange(expected.Count, 1, ShortChoiceListsSite.MaxOptions);

        var page = await site.CreateClient().GetHtmlAsync("/en/programmes?country=GB");

        Assert.Equal(expected.Order(StringComparer.Ordinal), OptionValues(page, "partner").Skip(1).Order(StringComparer.Ordinal));
        Assert.Null(page.QuerySelector("#partner-hint"));
        Assert.Null(page.QuerySelector("select#partner")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Catalogue_OnTheChineseSite_NamesPartnersInChinese_WhereStaffHaveGivenOne()
    {
        const string ChineseName = "测试大学（斯特拉斯克莱德）";
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Slug == Strathclyde)).NameZh = ChineseName;
            await db.SaveChangesAsync();
        });

        var page = await site.CreateClient().GetHtmlAsync("/zh/programmes?country=GB");

        Assert.Equal(ChineseName, page.QuerySelector($"select#partner option[value='{Strathclyde}']")!.NormalizedText());
    }

    [Fact]
    public async Task EnquiryForm_WithTooManyProgrammes_OffersNone_AndSaysHowToName()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/study-at-njit");

        Assert.Equal([""], OptionValues(page, "Enquiry_ProgrammeId"));
        Assert.Equal(
            "Too many programmes to list: name the programme in your message, or use the link on the programme's page.",
            page.QuerySelector("#programme-hint")!.NormalizedText());
    }

    [Fact]
    public async Task ProgrammePageLink_OpensTheFormWithThatProgrammeChosen_AndTheEnquiryIsStoredWithIt()
    {
        var client = site.CreateBrowserLikeClient();
        var programme = await client.GetHtmlAsync("/en/programmes/zeta-inbound-german");
        var link = programme.QuerySelector(".next-steps a[href*='study-at-njit']")!.GetAttribute("href")!;
        var id = await site.WithDbAsync(db => db.Programmes.Where(p => p.Slug == "zeta-inbound-german").Select(p => p.Id).SingleAsync());
        Assert.Equal(FormattableString.Invariant($"/en/study-at-njit?programme={id}#enquiry"), link);

        var page = await client.GetHtmlAsync(link.Split('#')[0]);
        var chosen = page.QuerySelector("select#Enquiry_ProgrammeId option[selected]")!;
        Assert.Equal(GermanTitle, chosen.NormalizedText());
        Assert.Equal(2, OptionValues(page, "Enquiry_ProgrammeId").Count);

        var before = await EnquiryForm.CountAsync(site);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        using var response = await client.SubmitFormAsync(form, EnquiryForm.ValidValues(id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await EnquiryForm.CountAsync(site));
        Assert.Equal(id, await site.WithDbAsync(db => db.Enquiries.OrderByDescending(e => e.Id).Select(e => e.ProgrammeId).FirstAsync()));
    }

    [Theory]
    [InlineData(DraftTitle)] // not published
    [InlineData(null)] // no such programme
    public async Task EnquiryForm_NeverOffersAProgrammeItCouldNotAccept(string? title)
    {
        var id = title is null
            ? int.MaxValue
            : await site.WithDbAsync(db => db.Programmes.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

        var page = await site.CreateClient().GetHtmlAsync(FormattableString.Invariant($"/en/study-at-njit?programme={id}"));

        Assert.Equal([""], OptionValues(page, "Enquiry_ProgrammeId"));
    }
}

/// <summary>With the usual limit: the partner list follows the chosen country, and the search box finds programmes by partner name.</summary>
public class ChoiceListScopeTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    [Fact]
    public async Task Catalogue_PartnerList_HoldsOnlyTheChosenCountrysPartners_PlusAChosenPartnerElsewhere()
    {
        var inGermany = await PublishedPartnersWithProgrammesAsync(site, "DE");
        Assert.NotEmpty(inGermany);

        var page = await site.CreateClient().GetHtmlAsync("/en/programmes?country=DE&partner=university-of-strathclyde");

        var offered = page.QuerySelectorAll("select#partner option").Skip(1).Select(o => o.GetAttribute("value")!);
        Assert.Equal([.. inGermany.Append("university-of-strathclyde").Order(StringComparer.Ordinal)], offered.Order(StringComparer.Ordinal));
        Assert.Null(page.QuerySelector("#partner-hint"));
    }

    [Fact]
    public async Task Search_FindsProgrammesByTheirPartnersName()
    {
        var client = site.CreateClient();
        var byPartner = await client.GetHtmlAsync("/en/programmes?partner=university-of-strathclyde");
        var bySearch = await client.GetHtmlAsync("/en/programmes?q=strathclyde");

        static List<string> Titles(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll(".programme-list .programme-title").Select(t => t.NormalizedText())];
        Assert.Equal(Titles(byPartner), Titles(bySearch));
        Assert.Contains(BothTitle, Titles(bySearch)); // its title, summary and discipline do not say Strathclyde
    }
}
