using System.Text.RegularExpressions;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>
/// The admin area's fuzz, as a signed-in editor: every form and query parameter reachable from the
/// dashboard gets every hostile value. Posts here can be valid (publish, delete), so the invariant is
/// no server error, no 429 and no unencoded echo, not "nothing stored".
/// </summary>
public partial class AdminFuzzTests(FuzzSiteFactory site) : IClassFixture<FuzzSiteFactory>
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Ids();

    [Fact]
    public async Task EveryAdminFormAndQueryParameter_SurvivesHostileInput_WithoutAServerError()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        // Signing out or changing the password would end the session the crawl runs in.
        var fuzzer = new SiteFuzzer(client) { MaxPages = 80, ExcludedPaths = ["/health", "/error", "/admin/account/logout", "/admin/account/change-password"] };

        var crawled = await fuzzer.CrawlAsync("/admin");
        // One form per kind: the edit form of every partner is the same form (ids differ only).
        var surface = crawled with
        {
            Forms = [.. crawled.Forms.Where(f => !fuzzer.IsExcluded(f.Action)).DistinctBy(f => (Ids().Replace(f.Action, "N"), string.Join(',', f.Fields)))],
            QueryParameters = crawled.QueryParameters.DistinctBy(p => Ids().Replace(p.Key, "N")).ToDictionary(),
        };
        await fuzzer.FuzzAsync(surface);

        Assert.Contains(surface.Forms, f => f.Action.StartsWith("/admin/partners", StringComparison.Ordinal) && f.Fields.Contains("Name") && f.Fields.Contains("NameZh"));
        Assert.Contains(surface.Forms, f => f.Action.StartsWith("/admin/programmes", StringComparison.Ordinal) && f.Fields.Contains("Title"));
        Assert.Contains(surface.QueryParameters.Keys, k => k.StartsWith("/admin/", StringComparison.Ordinal));
        Assert.True(fuzzer.RequestsSent > 500, $"only {fuzzer.RequestsSent} requests");
        Assert.True(fuzzer.Failures.Count == 0, string.Join('\n', fuzzer.Failures.Take(20).Concat(site.Logs.Events
            .Where(e => e.Exception is not null).Take(3).Select(e => e.Exception!.ToString()))));
    }
}
