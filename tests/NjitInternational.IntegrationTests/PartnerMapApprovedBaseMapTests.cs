using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.PartnerMap;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.IntegrationTests;

/// <summary>With the office's approved base map configured, every map shows it, its markers and its 审图号.</summary>
public class PartnerMapApprovedBaseMapTests(ApprovedMapSiteFactory site) : IClassFixture<ApprovedMapSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("en", "Map approval number (审图号): GS(2024)0650号")]
    [InlineData("zh", "审图号：GS(2024)0650号")]
    public async Task MapPage_DrawsTheBaseMap_WithMarkersLinkingToTheDirectory_AndTheApprovalNumber(string culture, string approval)
    {
        var page = await _client.GetHtmlAsync($"/{culture}/partners/map");

        var figure = page.QuerySelector("figure.approved-map")!;
        Assert.Equal("/partners/map/base-map.svg", figure.QuerySelector("svg.partner-map image")!.GetAttribute("href"));
        Assert.Equal(approval, figure.QuerySelector("figcaption.map-approval")!.TextContent);
        var markers = figure.QuerySelectorAll("svg.partner-map a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["DE", "FI", "GB", "NL", "SG", "US"],
            markers.Select(h => h![$"/{culture}/partners?country=".Length..]));
        Assert.All(markers, h => Assert.StartsWith($"/{culture}/partners?country=", h, StringComparison.Ordinal));
        // The table stays: the map is an addition for sighted users, not the only way in.
        Assert.Equal(6, page.QuerySelectorAll("table tr[data-country]").Length);
    }

    [Fact]
    public async Task Marker_IsPlacedAtTheCountrysPoint_OnAnEquirectangularMap()
    {
        var page = await _client.GetHtmlAsync("/en/partners/map");

        // Finland's point is 26.2° E, 64.3° N: on a 360 × 180 world map that is x 206.2, y 25.7.
        var finland = page.QuerySelector("svg.partner-map a[href='/en/partners?country=FI']")!;
        Assert.Equal("Finland: 1 partner", finland.GetAttribute("aria-label"));
        var circle = finland.QuerySelector("circle")!;
        Assert.Equal(206.2, double.Parse(circle.GetAttribute("cx")!, CultureInfo.InvariantCulture), 1);
        Assert.Equal(25.7, double.Parse(circle.GetAttribute("cy")!, CultureInfo.InvariantCulture), 1);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task PartnerPage_MarksItsCountry_WithTheApprovalNumber(string culture)
    {
        var page = await _client.GetHtmlAsync($"/{culture}/partners/university-of-oulu");

        var figure = page.QuerySelector("section[aria-labelledby=where-heading] figure.approved-map")!;
        Assert.Equal($"/{culture}/partners?country=FI", figure.QuerySelector("svg.partner-map a")!.GetAttribute("href"));
        Assert.Single(figure.QuerySelectorAll("svg.partner-map a"));
        Assert.Contains("审图号", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ApprovedMapSiteFactory.ApprovalNumber, figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryMapOnASite_HasItsApprovalNumber()
    {
        foreach (var url in new[] { "/en", "/zh", "/en/partners", "/zh/partners", "/en/programmes", "/en/partners/map", "/zh/partners/university-of-strathclyde" })
        {
            var page = await _client.GetHtmlAsync(url);
            foreach (var map in page.QuerySelectorAll(PartnerMapTests.AnyMap).Where(e => e.Matches("svg.partner-map")))
            {
                Assert.Contains(ApprovedMapSiteFactory.ApprovalNumber, map.Closest("figure")!.QuerySelector(".map-approval")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task BaseMap_IsServedAsAnSvgImage()
    {
        using var response = await _client.GetAsync(new Uri("/partners/map/base-map.svg", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("viewBox=\"0 0 360 180\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_RefusesABaseMapWithoutApprovalNumber_OrBounds()
    {
        var validator = new PartnerMapOptionsValidator();

        var noNumber = validator.Validate(null, new PartnerMapOptions { BaseMapPath = site.BaseMapPath, Bounds = new() { West = -180, East = 180, South = -90, North = 90 } });
        Assert.True(noNumber.Failed);
        Assert.Contains("PartnerMap:ApprovalNumber is required", noNumber.FailureMessage, StringComparison.Ordinal);

        var noBounds = validator.Validate(null, new PartnerMapOptions { BaseMapPath = site.BaseMapPath, ApprovalNumber = "GS(2024)0650号" });
        Assert.Contains("Bounds needs West, East, South and North", noBounds.FailureMessage, StringComparison.Ordinal);

        var otherProjection = validator.Validate(null, new PartnerMapOptions { BaseMapPath = site.BaseMapPath, ApprovalNumber = "GS(2024)0650号", Bounds = new() { Projection = "Robinson", West = -180, East = 180, South = -90, North = 90 } });
        Assert.Contains("Projection \"Robinson\" is not supported", otherProjection.FailureMessage, StringComparison.Ordinal);

        var missingFile = validator.Validate(null, new PartnerMapOptions { BaseMapPath = "/nonexistent/map.svg", ApprovalNumber = "GS(2024)0650号", Bounds = new() { West = -180, East = 180, South = -90, North = 90 } });
        Assert.Contains("is not a file", missingFile.FailureMessage, StringComparison.Ordinal);

        Assert.True(validator.Validate(null, new PartnerMapOptions()).Succeeded);
    }
}

/// <summary>A base map configured without its 审图号: the site's start-up validation refuses it, saying why.</summary>
public class PartnerMapMisconfigurationTests(ApprovedMapSiteFactory site) : IClassFixture<ApprovedMapSiteFactory>
{
    [Fact]
    public void StartupValidation_RefusesABaseMapWithoutApprovalNumber()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PartnerMap:BaseMapPath"] = site.BaseMapPath,
            ["PartnerMap:Bounds:West"] = "-180",
            ["PartnerMap:Bounds:East"] = "180",
            ["PartnerMap:Bounds:South"] = "-90",
            ["PartnerMap:Bounds:North"] = "90",
        }).Build();
        var services = new ServiceCollection();
        services.AddAppWeb(configuration);
        using var provider = services.BuildServiceProvider();

        // What the host runs before it starts (ValidateOnStart).
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("PartnerMap:ApprovalNumber is required", error.Message, StringComparison.Ordinal);
    }
}
