using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Programmes;

internal static class EnquiryForm
{
    public static async Task<(HttpClient Client, IHtmlFormElement Form, int InboundProgrammeId)> OpenAsync(SiteFactory site)
    {
        var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync("/en/study-at-njit");
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        var id = int.Parse(page.QuerySelectorAll("select#Enquiry_ProgrammeId option").Skip(1).First().GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        return (client, form, id);
    }

    public static Dictionary<string, string> ValidValues(int programmeId) => new()
    {
        ["Enquiry.Name"] = "Test Applicant",
        ["Enquiry.Email"] = "applicant@example.com",
        ["Enquiry.Country"] = "Testland",
        ["Enquiry.ProgrammeId"] = programmeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Enquiry.Message"] = "When does the next intake start?",
        ["Enquiry.Consent"] = "true",
        ["Enquiry.Website"] = string.Empty,
    };

    public static Task<int> CountAsync(SiteFactory site) => site.WithDbAsync(db => db.Enquiries.CountAsync());
}

/// <summary>Stores enquiries, so it has a site of its own (and stays under the enquiry rate limit).</summary>
public class EnquirySubmissionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ValidEnquiry_IsStoredOnce_AndRedirectsToAnHonestConfirmation()
    {
        var (client, form, programmeId) = await EnquiryForm.OpenAsync(site);
        var before = await EnquiryForm.CountAsync(site);

        using var response = await client.SubmitFormAsync(form, EnquiryForm.ValidValues(programmeId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/study-at-njit/enquiry/thanks", response.Headers.Location!.OriginalString);
        Assert.Equal(before + 1, await EnquiryForm.CountAsync(site));
        var stored = await site.WithDbAsync(db => db.Enquiries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("Test Applicant", stored.Name);
        Assert.Equal("applicant@example.com", stored.Email);
        Assert.Equal("Testland", stored.CountryName);
        Assert.Equal(programmeId, stored.ProgrammeId);
        Assert.True(stored.ConsentGiven);
        Assert.False(stored.IsRead);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, stored.SubmittedAtUtc);

        var thanks = await client.GetHtmlAsync("/en/study-at-njit/enquiry/thanks");
        Assert.Equal("We have received your enquiry.", thanks.QuerySelector(".lead")!.NormalizedText());
        Assert.Equal(NjitInternational.Web.Features.Enquiries.EnquiryReference.Of(stored.Id), thanks.QuerySelector("[data-field='reference']")!.NormalizedText());

        // Shown once: a reload (or a shared link) gets the general thanks, without the address.
        var reloaded = await client.GetHtmlAsync("/en/study-at-njit/enquiry/thanks");
        Assert.Equal("We have received your enquiry; the international office will reply by email.", reloaded.QuerySelector(".lead")!.NormalizedText());
        Assert.DoesNotContain("applicant@example.com", reloaded.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilledHoneypot_ShowsTheSameConfirmation_ButStoresNothing()
    {
        var (client, form, programmeId) = await EnquiryForm.OpenAsync(site);
        var before = await EnquiryForm.CountAsync(site);
        var values = EnquiryForm.ValidValues(programmeId);
        values["Enquiry.Website"] = "http://spam.example";

        using var response = await client.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/study-at-njit/enquiry/thanks", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await EnquiryForm.CountAsync(site));
    }

    [Fact]
    public async Task Enquiry_WithoutAntiforgeryToken_IsRejected_AndNothingIsStored()
    {
        var (client, _, programmeId) = await EnquiryForm.OpenAsync(site); // has the antiforgery cookie, but posts no token
        var before = await EnquiryForm.CountAsync(site);
        using var content = new FormUrlEncodedContent(EnquiryForm.ValidValues(programmeId));

        using var response = await client.PostAsync(new Uri("/en/study-at-njit/enquiry", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await EnquiryForm.CountAsync(site));
    }
}

/// <summary>Invalid posts; its own site keeps them under the enquiry rate limit (5 a minute).</summary>
public class EnquiryValidationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("Enquiry.Consent", "false", "Enquiry.Consent", "Tick the box to agree that we store your enquiry.")]
    [InlineData("Enquiry.Email", "not-an-email", "Enquiry.Email", "Enter an email address like name@example.com.")]
    [InlineData("Enquiry.Message", "LONG", "Enquiry.Message", "Your message must be at most 4000 characters.")]
    [InlineData("Enquiry.ProgrammeId", "UNKNOWN", "Enquiry.ProgrammeId", "Choose a programme from the list.")]
    [InlineData("Enquiry.Name", "", "Enquiry.Name", "Enter your name.")]
    public async Task InvalidEnquiry_IsRejectedWith400_ShowsTheErrorNextToTheField_AndStoresNothing(string field, string value, string errorFor, string message)
    {
        var (client, form, programmeId) = await EnquiryForm.OpenAsync(site);
        var values = EnquiryForm.ValidValues(programmeId);
        values[field] = value switch
        {
            "LONG" => new string('x', 4001),
            // Any published programme may be asked about (either direction); an id that is none is refused.
            "UNKNOWN" => "987654",
            _ => value,
        };

        using var response = await client.SubmitFormAsync(form, values);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='{errorFor}']")!.NormalizedText());
        Assert.Contains(message, page.QuerySelector(".error-summary")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(0, await EnquiryForm.CountAsync(site));
        // What the visitor typed is kept.
        Assert.Equal(values["Enquiry.Email"], page.QuerySelector("#Enquiry_Email")!.GetAttribute("value"));
    }
}
