using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.BrowserTests;

/// <summary>The seed's site with drop-downs limited to one option: its partners and incoming programmes are then "too many to list".</summary>
public sealed class ShortChoiceListsBrowserSite() : BrowserSite(new ShortChoiceListsFactory())
{
    private sealed class ShortChoiceListsFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ChoiceLists:MaxOptions", "1");
        }
    }
}

public class LongChoiceListBrowserTests(ShortChoiceListsBrowserSite browser) : IClassFixture<ShortChoiceListsBrowserSite>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task PartnerFilter_TooLongToList_TellsScreenReadersHowElseToChoose(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/en/programmes");
        if (width < 640)
        {
            // At phone width the filters start closed behind "Filter (0 active)".
            await page.Locator("details[data-filter-panel] > summary").ClickAsync();
        }

        var partner = page.GetByRole(AriaRole.Combobox, new() { Name = "Partner", Exact = true });
        await Assertions.Expect(partner).ToHaveAccessibleDescriptionAsync("Too many partners to list: choose a country or region, or search by the partner's name.");
        await Assertions.Expect(partner.Locator("option")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AskingAboutAProgramme_OpensTheEnquiryFormWithThatProgrammeChosen()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/en/programmes?direction=to-njit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Degree programmes for international students" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ask the international office about this programme" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/en/study-at-njit?programme=", StringComparison.Ordinal));

        var programme = page.GetByRole(AriaRole.Combobox, new() { Name = "Programme of interest (optional)" });
        await Assertions.Expect(programme.Locator("option:checked")).ToHaveTextAsync("Degree programmes for international students");
        await Assertions.Expect(programme).ToHaveAccessibleDescriptionAsync("Too many programmes to list: name the programme in your message, or use the link on the programme's page.");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
