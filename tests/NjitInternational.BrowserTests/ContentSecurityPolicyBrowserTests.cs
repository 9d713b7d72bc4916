using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

public class ContentSecurityPolicyBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages => ["/en", "/no-such-page-here"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RunsUnderThePolicy_WithoutAnyViolation(string url)
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        violations.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));

        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
