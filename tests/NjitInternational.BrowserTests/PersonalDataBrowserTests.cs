using System.Globalization;
using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

/// <summary>axe-core on the privacy notice and on each step of the personal data page, at desktop and phone widths.</summary>
public class PersonalDataBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/en/about/privacy", 1280)]
    [InlineData("/en/about/privacy", 390)]
    [InlineData("/zh/about/privacy", 1280)]
    [InlineData("/zh/about/privacy", 390)]
    public async Task PrivacyNotice_HasNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task PersonalDataPage_FindAndConfirmDelete_HaveNoAxeViolations(int width)
    {
        var email = string.Create(CultureInfo.InvariantCulture, $"axe.person.{width}@example.test");
        await browser.Site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(new Enquiry { Name = "Axe Person", Email = email, Message = "A question.", Topic = "Exchange", ConsentGiven = true, SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime });
            await db.SaveChangesAsync();
        });
        var admin = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email address").FillAsync(admin.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/admin/personal-data");
        await Accessibility.AssertNoViolationsAsync(page);

        // A bad address comes back with its message next to the field.
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find enquiries" }).ClickAsync();
        await page.Locator("[data-valmsg-for='Input.Email']:not(:empty)").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find enquiries" }).ClickAsync();
        await page.Locator(".personal-data-results table").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all of them…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete permanently" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
