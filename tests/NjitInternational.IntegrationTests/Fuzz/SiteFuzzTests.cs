using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>The seeded site with rate limits raised so that the fuzz is never cut short by a 429.</summary>
public sealed class FuzzSiteFactory : ProbeSiteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimits:Search:PermitLimit", "100000"),
        new("RateLimits:Enquiry:PermitLimit", "100000"),
        new("RateLimits:SignIn:PermitLimit", "100000"),
    ];
}

/// <summary>
/// The public site's fuzz. Start pages: the home page (its links reach every public section as
/// they land) and a probe form standing in for the forms not built yet. Admin forms are fuzzed
/// the same way with a signed-in client and start page "/admin".
/// </summary>
public class SiteFuzzTests(FuzzSiteFactory site) : IClassFixture<FuzzSiteFactory>
{
    public static readonly string[] PublicStartPages = ["/en", "/en/search", "/en/partners", "/en/programmes", "/en/study-at-njit", "/__probe/echo-form"];

    [Fact]
    public async Task EveryFormAndQueryParameter_SurvivesHostileInput_WithoutStoringAnything()
    {
        var fuzzer = new SiteFuzzer(site.CreateClient());
        var before = await site.WithDbAsync(DatabaseRowCounts.CaptureAsync);

        var surface = await fuzzer.CrawlAsync(PublicStartPages);
        await fuzzer.FuzzAsync(surface);

        Assert.Contains(surface.Forms, f => f.Action == "/__probe/echo-form" && f.Fields.Contains("Message"));
        Assert.Contains("q", surface.QueryParameters["/__probe/echo"]);
        Assert.True(fuzzer.RequestsSent > 100, $"only {fuzzer.RequestsSent} requests");
        Assert.True(fuzzer.Failures.Count == 0, string.Join('\n', fuzzer.Failures.Concat(site.Logs.Events
            .Where(e => e.Exception is not null).Take(3).Select(e => e.Exception!.ToString()))));
        var after = await site.WithDbAsync(DatabaseRowCounts.CaptureAsync);
        Assert.Empty(DatabaseRowCounts.Differences(before, after));
    }

    [Fact]
    public async Task Fuzzer_ReportsAServerError_WhenAFieldCanCrashTheSite()
    {
        var fuzzer = new SiteFuzzer(site.CreateClient());

        await fuzzer.FuzzAsync(await fuzzer.CrawlAsync("/__probe/fragile-form"));

        Assert.Contains(fuzzer.Failures, f => f.Contains("name=10,000 characters: 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fuzzer_ReportsARawEcho()
    {
        var fuzzer = new SiteFuzzer(site.CreateClient());

        await fuzzer.FuzzAsync(new FuzzSurface([], [], new Dictionary<string, IReadOnlySet<string>> { ["/__probe/raw-echo"] = new HashSet<string> { "q" } }));

        Assert.Contains(fuzzer.Failures, f => f.Contains("echoed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoredXssCheck_Passes_WhenThePageEncodesTheMarker()
    {
        var marker = XssAssert.NewMarker();

        await XssAssert.ShownOnlyAsTextAsync(site.CreateClient(), [$"/__probe/echo?q={Uri.EscapeDataString(marker)}", "/en"], marker);
    }

    [Fact]
    public async Task StoredXssCheck_Fails_WhenAPageEmitsTheMarkerRaw()
    {
        var marker = XssAssert.NewMarker();

        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() =>
            XssAssert.ShownOnlyAsTextAsync(site.CreateClient(), [$"/__probe/raw-echo?q={Uri.EscapeDataString(marker)}"], marker));
    }

    [Fact]
    public async Task StoredXssCheck_Fails_WhenTheMarkerIsShownNowhere()
    {
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() =>
            XssAssert.ShownOnlyAsTextAsync(site.CreateClient(), ["/"], XssAssert.NewMarker()));
    }
}
