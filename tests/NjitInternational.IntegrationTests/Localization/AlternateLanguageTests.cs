using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>Every public page names its other-language version (hreflang) and offers a switch to it.</summary>
public partial class AlternateLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Root = "http://localhost";

    public static TheoryData<string, string> PublicPages()
    {
        var pages = new[]
        {
            "/",
            "/partners",
            "/partners/university-of-oulu",
            "/programmes/njit-oulu-school",
            "/alliances/rok-jiangsu-university-alliance",
            "/visiting-professors/shi-jianjun",
            "/conferences/international-conference-on-big-data-and-security",
            "/about/staff-mobility",
            "/search?q=oulu",
        };
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
        {
            data.Add("en", page);
            data.Add("zh", page);
        }

        return data;
    }

    private static string Prefixed(string segment, string path) => "/" + segment + (path == "/" ? string.Empty : path);

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_HasAbsoluteHreflangAlternates_ForBothLanguagesAndXDefault(string segment, string page)
    {
        var client = site.CreateClient();
        var document = await client.GetHtmlAsync(Prefixed(segment, page));
        var path = page.Split('?')[0];

        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (Lang: l.GetAttribute("hreflang")!, Href: l.GetAttribute("href")!))
            .ToList();

        Assert.Equal(["en", "x-default", "zh-CN"], alternates.Select(a => a.Lang).Order(StringComparer.Ordinal));
        Assert.All(alternates, a => Assert.True(Uri.TryCreate(a.Href, UriKind.Absolute, out _), $"{a.Lang} alternate '{a.Href}' is not absolute"));
        Assert.Equal(Root + Prefixed("en", path), alternates.Single(a => a.Lang == "en").Href);
        Assert.Equal(Root + Prefixed("zh", path), alternates.Single(a => a.Lang == "zh-CN").Href);
        // Each language tag is one .NET knows (a real BCP 47 language, and region when given).
        Assert.All(alternates.Where(a => a.Lang != "x-default"), a =>
        {
            Assert.Matches(LanguageTag(), a.Lang);
            Assert.False(CultureInfo.GetCultureInfo(a.Lang, predefinedOnly: true).Equals(CultureInfo.InvariantCulture));
        });
        // The canonical is the page in its own language.
        Assert.Equal(Root + Prefixed(segment, path), document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task XDefaultAlternate_SendsVisitorsToALanguageVersionOfTheSamePage()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var document = await client.GetHtmlAsync("/zh/partners/university-of-oulu");
        var xDefault = new Uri(document.QuerySelector("link[rel=alternate][hreflang=x-default]")!.GetAttribute("href")!);

        using var request = new HttpRequestMessage(HttpMethod.Get, xDefault.PathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/zh/partners/university-of-oulu", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/en/partners/university-of-oulu?ref=newsletter", "zh", "/zh/partners/university-of-oulu?ref=newsletter")]
    [InlineData("/zh/partners/university-of-oulu", "en", "/en/partners/university-of-oulu")]
    [InlineData("/en/partners?country=GB&kind=exchange", "zh", "/zh/partners?country=GB&kind=exchange")]
    [InlineData("/zh/programmes/njit-oulu-school", "en", "/en/programmes/njit-oulu-school")]
    [InlineData("/en/visiting-professors/shi-jianjun", "zh", "/zh/visiting-professors/shi-jianjun")]
    [InlineData("/en/search?q=oulu", "zh", "/zh/search?q=oulu")]
    [InlineData("/en", "zh", "/zh")]
    public async Task LanguageSwitch_LinksToTheSamePage_AndQuery_InTheOtherLanguage(string url, string other, string expected)
    {
        var client = site.CreateClient();
        var document = await client.GetHtmlAsync(url);

        var links = document.QuerySelectorAll("[data-language-switch]").ToList();
        var link = Assert.Single(links);
        Assert.Equal(other, link.GetAttribute("data-language-switch"));
        Assert.Equal(expected, link.GetAttribute("href"));

        // Following it shows the same record in the other language.
        var target = await client.GetHtmlAsync(expected);
        Assert.Equal(other == "zh" ? "zh-CN" : "en", target.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Root + expected.Split('?')[0], target.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/zh/partners/no-such-partner", "/en/partners/no-such-partner")]
    [InlineData("/zh/partners/a%3Fb?x=1", "/en/partners/a%3Fb?x=1")]
    [InlineData("/en/partners/%E5%8D%97%E4%BA%AC", "/zh/partners/%E5%8D%97%E4%BA%AC")]
    public async Task LanguageSwitch_OnANotFoundPage_KeepsTheAddressTheVisitorAskedFor(string url, string expected)
    {
        var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, Assert.Single(document.QuerySelectorAll("[data-language-switch]")).GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")]
    private static partial Regex LanguageTag();
}
