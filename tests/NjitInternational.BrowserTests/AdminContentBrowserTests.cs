using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

public class AdminContentBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    /// <summary>Set ADMIN_SCREENSHOTS=/some/dir to keep screenshots of the pages visited.</summary>
    private static readonly string? ScreenshotDir = Environment.GetEnvironmentVariable("ADMIN_SCREENSHOTS");

    private async Task<IPage> SignedInPageAsync(int width)
    {
        var user = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email").FillAsync(user.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (ScreenshotDir is not null)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });
        }
    }

    private static async Task<string> CreateDraftPartnerAsync(IPage page, string name)
    {
        await page.GotoAsync("/admin/partners/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Country or region").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Exchange").CheckAsync();
        await page.GetByLabel("Body (Markdown)").FillAsync("We run **joint courses**.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        return page.Url;
    }

    [Fact]
    public async Task Editor_CreatesADraftPartner_PreviewsIt_PublishesIt_AndFindsItInThePublicDirectory()
    {
        var page = await SignedInPageAsync(1280);
        var name = $"Browser Test University {Guid.NewGuid().ToString("N")[..6]}";
        var editUrl = await CreateDraftPartnerAsync(page, name);

        Assert.Equal("Draft", (await page.Locator(".record-meta .status-badge").InnerTextAsync()).Trim());
        await page.Locator("button[data-md-field=Body]").ClickAsync();
        await page.Locator("#Body-preview strong").WaitForAsync();
        Assert.Equal("joint courses", await page.Locator("#Body-preview strong").InnerTextAsync());
        await ShotAsync(page, "partner-edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Preview", Exact = true }).ClickAsync();
        Assert.Contains("Draft preview", await page.Locator(".preview-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GotoAsync("/en/partners?q=" + Uri.EscapeDataString(name));
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = name }).CountAsync());
        await page.GotoAsync(editUrl);

        await page.Locator(".record-meta").GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        Assert.Equal("Published", (await page.Locator(".record-meta .status-badge").InnerTextAsync()).Trim());

        await page.GotoAsync("/admin/partners");
        await page.GetByLabel("Search by name or title").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasText = name });
        Assert.Contains("Published", await row.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/en/partners?q=" + Uri.EscapeDataString(name));
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task AdminContentPages_HaveNoAxeViolations(int width)
    {
        var page = await SignedInPageAsync(width);

        await page.GotoAsync("/admin/partners");
        await Accessibility.AssertNoViolationsAsync(page);
        await ShotAsync(page, $"partner-list-{width}");

        await page.GotoAsync("/admin/partners/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.Locator(".field-error:not(:empty)").First.WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await ShotAsync(page, $"partner-new-errors-{width}");

        var editUrl = await CreateDraftPartnerAsync(page, $"Axe University {Guid.NewGuid().ToString("N")[..6]}");
        var deleteUrl = editUrl.Replace("/edit", "/delete", StringComparison.Ordinal);
        await page.GotoAsync(deleteUrl);
        await Accessibility.AssertNoViolationsAsync(page);

        // A stale form: another tab saves first, then this one saves.
        await page.GotoAsync(editUrl);
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(editUrl);
        await other.GetByLabel("City", new() { Exact = true }).FillAsync("Saved first");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await other.WaitForURLAsync("**/edit");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Saved second");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Someone else changed this record" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await ShotAsync(page, $"conflict-{width}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the conflict page is {overflow}px wider than the screen");
    }
}
