using System.Xml.Linq;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

/// <summary>The language switch on a detail page: same record, Chinese page and interface, accessible at desktop and phone widths.</summary>
public class BilingualBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private const string PartnerPath = "/partners/university-of-oulu";

    private static readonly Lazy<Dictionary<string, string>> Chinese = new(() =>
        XDocument.Load(Path.Combine(RepoRoot(), "src", "NjitInternational.Web", "Resources", "SharedResource.zh-CN.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal));

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task LanguageSwitch_OnAPartnerPage_OpensTheSamePartnerInChinese_AndBackAgain(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/en" + PartnerPath);
        var englishHeading = (await page.Locator("h1").InnerTextAsync()).Trim();
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));

        var toChinese = page.Locator("a[data-language-switch=zh]");
        Assert.True(await toChinese.IsVisibleAsync(), "the switch to Chinese is not visible");
        await toChinese.ClickAsync();
        await page.WaitForURLAsync("**/zh" + PartnerPath);

        Assert.Equal("/zh" + PartnerPath, new Uri(page.Url).AbsolutePath);
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var nav = (await page.Locator("nav.site-nav a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(Chinese.Value["Home"], nav[0]);
        Assert.Equal(Chinese.Value["Partners"], nav[1]);
        Assert.Equal("page", await page.Locator("nav.site-nav a", new() { HasText = Chinese.Value["Partners"] }).GetAttributeAsync("aria-current"));
        // The partner has no Chinese name yet: the English one shows, marked as English.
        Assert.Equal(englishHeading, (await page.Locator("h1 [lang=en]").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("a[data-language-switch=en]").ClickAsync();
        await page.WaitForURLAsync("**/en" + PartnerPath);

        Assert.Equal("/en" + PartnerPath, new Uri(page.Url).AbsolutePath);
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(englishHeading, (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task ChosenLanguage_IsRemembered_ForOldUnprefixedLinks()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en" + PartnerPath);
        await page.Locator("a[data-language-switch=zh]").ClickAsync();
        await page.WaitForURLAsync("**/zh" + PartnerPath);

        // An old bookmark without a prefix now opens in Chinese, whatever the browser's Accept-Language (en here).
        await page.GotoAsync("/partners");
        await page.WaitForURLAsync("**/zh/partners");

        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(Chinese.Value["Partner institutions"], (await page.Locator("h1").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NjitInternational.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
