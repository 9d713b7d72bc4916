using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

public class ProgrammeBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task ProgrammeFilters_SelectKindAndDirection_UpdateTheUrlAndResults()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/programmes");
        Assert.Equal(14, await page.Locator(".programme-item").CountAsync());

        await page.GetByLabel("Kind of programme").SelectOptionAsync("courses-and-internships");
        await page.GetByLabel("Who it is for").SelectOptionAsync("abroad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Length > 1);

        var query = new Uri(page.Url).Query;
        Assert.Contains("kind=courses-and-internships", query, StringComparison.Ordinal);
        Assert.Contains("direction=abroad", query, StringComparison.Ordinal);
        var titles = await page.Locator(".programme-item .programme-title").AllInnerTextsAsync();
        Assert.Equal(
            ["Courses and internships at the National University of Singapore", "Courses and internships at the University of Cambridge"],
            titles.Select(t => t.Trim()));
        Assert.Equal("courses-and-internships", await page.GetByLabel("Kind of programme").InputValueAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/en/programmes" && new Uri(url).Query.Length == 0);
        Assert.Equal(14, await page.Locator(".programme-item").CountAsync());
    }

    [Fact]
    public async Task EnquiryForm_ShowsErrorsNextToFieldsWithoutARoundTrip()
    {
        var page = await browser.NewPageAsync(390);
        var log = new List<string>();
        page.Console += (_, message) => log.Add($"console {message.Type}: {message.Text}");
        page.Response += (_, response) => log.Add($"{response.Request.Method} {response.Url} {response.Status}");
        await page.GotoAsync("/en/study-at-njit#enquiry");
        var ready = await page.EvaluateAsync<string>("() => new Promise(r => setTimeout(() => r(String(document.documentElement.getAttribute('data-client-validation')) + ' ' + typeof window.aspnetValidation), 2000))");
        Assert.True(ready.StartsWith("on", StringComparison.Ordinal), ready + "\n" + string.Join('\n', log));
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts++;
            }
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Name']")).ToHaveTextAsync("Enter your name.");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Email']")).ToHaveTextAsync("Enter your email address.");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Message']")).ToHaveTextAsync("Enter your message.");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Consent']")).ToHaveTextAsync("Tick the box to agree that we store your enquiry.");
        Assert.True(posts == 0, "the form was posted:\n" + string.Join('\n', log));
        Assert.EndsWith("/en/study-at-njit#enquiry", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByLabel("Your name").FocusAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Email']")).ToHaveTextAsync("Enter an email address like name@example.com.");
    }

    [Fact]
    public async Task EnquiryForm_ASubmissionReachesTheThanksPage()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/study-at-njit#enquiry");
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts++;
            }
        };

        await page.GetByLabel("Your name").FillAsync("Browser Applicant");
        await page.GetByLabel("Email address").FillAsync("browser@example.com");
        await page.GetByLabel("Country or region (optional)").FillAsync("Testland");
        await page.GetByLabel("Programme of interest (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Exchange programmes for international students" });
        await page.GetByLabel("Your message").FillAsync("I would like to know more.");
        await page.GetByLabel("I agree that NJIT's international office stores this enquiry and replies to me by email.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/en/study-at-njit/enquiry/thanks");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");
        Assert.Equal(1, posts);
    }
}

/// <summary>axe-core on the programme and study pages at desktop and phone widths.</summary>
public class ProgrammeAccessibilityTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[]
        {
            "/en/programmes",
            "/en/programmes?kind=exchange&direction=to-njit",
            "/en/programmes?q=no-such-programme",
            "/en/programmes/electrical-engineering-and-automation-northumbria",
            "/en/study-abroad",
            "/en/study-at-njit",
            "/en/study-at-njit/enquiry/thanks",
        })
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

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task EnquiryForm_HasNoAxeViolations_WithErrorsShown(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/en/study-at-njit");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Enquiry.Name']")).ToHaveTextAsync("Enter your name.");

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/en/programmes")]
    [InlineData("/en/programmes/electrical-engineering-and-automation-northumbria")]
    [InlineData("/en/study-at-njit")]
    public async Task Page_DoesNotScrollSideways_AtPhoneWidth(string path)
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px phone screen");
    }
}
