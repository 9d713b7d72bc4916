using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Programmes;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.IntegrationTests.Students;

/// <summary>"Ask about this programme" from a programme page, either direction, through to the confirmation.</summary>
public class EnquiryFromProgrammeTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    private Task<(int Id, string Slug)> PublishedProgrammeAsync(ProgrammeDirection direction) =>
        site.WithDbAsync(db => db.Programmes.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.Direction == direction)
            .OrderBy(p => p.Id)
            .Select(p => new ValueTuple<int, string>(p.Id, p.Slug))
            .FirstAsync());

    [Theory]
    [InlineData(ProgrammeDirection.Outbound, "en")]
    [InlineData(ProgrammeDirection.Outbound, "zh")]
    [InlineData(ProgrammeDirection.Inbound, "en")]
    [InlineData(ProgrammeDirection.Inbound, "zh")]
    public async Task TheProgrammePageLink_OpensTheFormWithThatProgrammeOfferedAndChosen(ProgrammeDirection direction, string culture)
    {
        var (id, slug) = await PublishedProgrammeAsync(direction);
        var client = site.CreateBrowserLikeClient();
        var programmePage = await client.GetHtmlAsync($"/{culture}/programmes/{slug}");

        var links = programmePage.QuerySelectorAll("main a[href*='#enquiry']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        var expected = string.Create(CultureInfo.InvariantCulture, $"/{culture}/study-at-njit?programme={id}#enquiry");
        Assert.Equal([expected], links);

        var form = await client.GetHtmlAsync(expected.Split('#')[0]);
        var chosen = form.QuerySelector("select#Enquiry_ProgrammeId option[selected]");
        Assert.NotNull(chosen);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), chosen.GetAttribute("value"));
    }

    [Theory]
    [InlineData("en", "Within 5 working days", "Back to the programme")]
    [InlineData("zh", "5个工作日内", "返回项目页面")]
    public async Task AnEnquiryAboutAnOutgoingProgramme_IsStored_AndTheConfirmationGivesReferenceAddressAndTime(string culture, string within, string back)
    {
        var (id, slug) = await PublishedProgrammeAsync(ProgrammeDirection.Outbound);
        var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync(string.Create(CultureInfo.InvariantCulture, $"/{culture}/study-at-njit?programme={id}"));
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        var values = EnquiryForm.ValidValues(id);
        values["Enquiry.Email"] = $"student-{culture}@example.com";

        using var posted = await client.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/{culture}/study-at-njit/enquiry/thanks", posted.Headers.Location!.OriginalString);
        var stored = await site.WithDbAsync(db => db.Enquiries.AsNoTracking().SingleAsync(e => e.Email == $"student-{culture}@example.com"));
        Assert.Equal(id, stored.ProgrammeId);

        var thanks = await client.GetHtmlAsync(posted.Headers.Location.OriginalString);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"ENQ-{stored.Id:D6}"), thanks.QuerySelector("[data-field='reference']")!.NormalizedText());
        Assert.Equal(EnquiryReference.Of(stored.Id), thanks.QuerySelector("[data-field='reference']")!.NormalizedText());
        Assert.Equal($"student-{culture}@example.com", thanks.QuerySelector("[data-field='reply-to']")!.NormalizedText());
        Assert.Equal(within, thanks.QuerySelector("[data-field='reply-within']")!.NormalizedText());
        var backLink = thanks.QuerySelector("a[data-back='programme']")!;
        Assert.Equal(back, backLink.NormalizedText());
        Assert.Equal($"/{culture}/programmes/{slug}", backLink.GetAttribute("href"));
        Assert.All(thanks.QuerySelectorAll("main .link-list a"), a => Assert.Matches($"^/{culture}(/|$)", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task AnUnpublishedOrUnknownProgramme_IsRefusedWithAClearMessage()
    {
        var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync("/en/study-at-njit");
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        var draftId = await site.WithDbAsync(db => db.Programmes.Where(p => p.Status == PublicationStatus.Draft).Select(p => p.Id).FirstAsync());

        using var refused = await client.SubmitFormAsync(form, EnquiryForm.ValidValues(draftId));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose a programme from the list.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
