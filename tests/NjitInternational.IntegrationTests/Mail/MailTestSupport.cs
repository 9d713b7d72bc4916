using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Mail;

internal static class MailTestSupport
{
    /// <summary>Posts the public enquiry form of <paramref name="language"/> (en or zh) with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitEnquiryAsync(SiteFactory site, string topic, string language = "en", Action<Dictionary<string, string>>? change = null)
    {
        using var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync($"/{language}/study-at-njit");
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        var programmeId = page.QuerySelectorAll("select#Enquiry_ProgrammeId option").Skip(1).First().GetAttribute("value")!;
        var values = new Dictionary<string, string>
        {
            ["Enquiry.Name"] = "Wei Private-Name",
            ["Enquiry.Email"] = "wei.private@example.test",
            ["Enquiry.Country"] = "Finland",
            ["Enquiry.Topic"] = topic,
            ["Enquiry.ProgrammeId"] = programmeId,
            ["Enquiry.Message"] = "My passport number is X1234567 and I would like to apply.",
            ["Enquiry.Consent"] = "true",
            ["Enquiry.Website"] = string.Empty,
        };
        change?.Invoke(values);
        return await client.SubmitFormAsync(form, values);
    }

    public static Task<Enquiry> EnquiryAsync(SiteFactory site, string topic) =>
        site.WithDbAsync(db => db.Enquiries.AsNoTracking().Include(e => e.Programme).SingleAsync(e => e.Topic == topic));

    public static Task<List<OutboxMessage>> OutboxAsync(SiteFactory site, string subjectContains) =>
        site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains(subjectContains)).ToListAsync());

    public static string Text(this MimeMessage message) => message.TextBody ?? string.Empty;

    public static string Html(this MimeMessage message) => message.HtmlBody ?? string.Empty;
}
