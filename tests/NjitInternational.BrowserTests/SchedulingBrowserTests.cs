using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

/// <summary>The schedule fields, dashboard reminders and reminders page in a real browser, at desktop and phone width, with axe.</summary>
public class SchedulingBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    /// <summary>Set SCHEDULING_SCREENSHOTS=/some/dir to keep screenshots of the pages visited.</summary>
    private static readonly string? ScreenshotDir = Environment.GetEnvironmentVariable("SCHEDULING_SCREENSHOTS");

    [Fact]
    public async Task ScheduleFieldsAndReminders_AreUsableAndAccessible_AtDesktopAndPhoneWidth()
    {
        await browser.Site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.OrderBy(p => p.Id).FirstAsync();
            partner.AgreementValidUntil = new DateOnly(2026, 12, 20);
            (await db.Pages.SingleAsync(p => p.Slug == "staff-mobility")).ReviewBy = new DateOnly(2026, 11, 1);
            await db.SaveChangesAsync();
        });
        var pageId = await browser.Site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "staff-mobility").Select(p => p.Id).SingleAsync());
        var user = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor);

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync("/admin/account/login");
            await page.GetByLabel("Email").FillAsync(user.Email!);
            await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/admin");

            Assert.Equal(1, await page.Locator("#overdue-reviews tbody tr").CountAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await ShotAsync(page, $"dashboard-{width}");

            await page.GotoAsync($"/admin/pages/{pageId}/edit");
            var publishAt = page.Locator("#PublishAt");
            await publishAt.FillAsync("2026-12-24T09:00");
            await page.Locator("#UnpublishAt").FillAsync("2026-12-20T09:00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await page.Locator("[data-valmsg-for=UnpublishAt]").Filter(new() { HasText = "later than publish at" }).WaitForAsync();
            Assert.True(await publishAt.IsVisibleAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await ShotAsync(page, $"edit-{width}");

            await page.GotoAsync("/admin/reminders");
            Assert.Equal(2, await page.Locator("#reminders tbody tr").CountAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await ShotAsync(page, $"reminders-{width}");
            await page.Context.CloseAsync();
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (ScreenshotDir is not null)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, $"scheduling-{name}.png"), FullPage = true });
        }
    }
}
