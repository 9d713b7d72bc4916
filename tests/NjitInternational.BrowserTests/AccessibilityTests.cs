using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

/// <summary>axe-core on every public page type, at desktop and phone widths. Add each new page type here.</summary>
public class AccessibilityTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/en", "/no-such-page" })
        {
            data.Add(path, 1280);
            data.Add(path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
