using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Writes every message the site sends, in its recipient's language (text from the shared resx
/// files). Messages to the office carry no more personal data than staff need to decide who
/// answers: the topic and programme, never the enquirer's name, address or message.
/// </summary>
public sealed class MailComposer(IStringLocalizer<SharedResource> localizer, IOptions<MailOptions> options)
{
    /// <summary>To the office: a new enquiry arrived; read it in the admin inbox.</summary>
    public OutgoingMail EnquiryReceived(string? topic, string? programme, string inboxUrl)
    {
        var culture = MailCulture.Normalize(options.Value.OfficeCulture);
        using var _ = MailCulture.Use(culture);
        var topicText = string.IsNullOrWhiteSpace(topic) ? localizer["No topic given"].Value : topic.Trim();
        var bodies = new MailBodies(culture)
            .Paragraph(localizer["A new enquiry has arrived on the website."])
            .List([
                localizer["Topic: {0}", topicText].Value,
                localizer["Programme: {0}", string.IsNullOrWhiteSpace(programme) ? localizer["No programme chosen"].Value : programme].Value,
            ])
            .Link(localizer["Read and answer it in the admin inbox:"], inboxUrl);
        return new OutgoingMail(
            MailKinds.EnquiryReceived,
            options.Value.OfficeAddress ?? string.Empty,
            localizer["New enquiry: {0}", topicText],
            bodies.Text,
            bodies.Html,
            culture);
    }

    /// <summary>To the enquirer: a reply written on the site; answers go to the office.</summary>
    public OutgoingMail EnquiryReply(string enquirerEmail, string enquirerCulture, string? topic, string body, string staffName)
    {
        var culture = MailCulture.Normalize(enquirerCulture);
        using var _ = MailCulture.Use(culture);
        var bodies = new MailBodies(culture)
            .Paragraph(body)
            .Paragraph(localizer["{0}, the international office of Nanjing Institute of Technology", staffName])
            .Paragraph(localizer["To answer, reply to this message."]);
        var subject = string.IsNullOrWhiteSpace(topic)
            ? localizer["Your enquiry to the international office"].Value
            : localizer["Re: {0}", topic.Trim()].Value;
        return new OutgoingMail(
            MailKinds.EnquiryReply,
            enquirerEmail,
            subject,
            bodies.Text,
            bodies.Html,
            culture,
            ReplyTo: options.Value.OfficeAddress);
    }

    /// <summary>To a staff member who asked to reset their password.</summary>
    public OutgoingMail PasswordReset(string email, string culture, string resetUrl)
    {
        culture = MailCulture.Normalize(culture);
        using var _ = MailCulture.Use(culture);
        var bodies = new MailBodies(culture)
            .Paragraph(localizer["Someone asked to reset the password of your account on the NJIT International website."])
            .Link(localizer["To choose a new password, open this link within one hour:"], resetUrl)
            .Paragraph(localizer["If you did not ask for this, ignore this message: your password stays as it is."]);
        return new OutgoingMail(MailKinds.PasswordReset, email, localizer["Reset your password"], bodies.Text, bodies.Html, culture);
    }

    /// <summary>To an editor or administrator: what needs attention this week.</summary>
    public OutgoingMail WeeklyDigest(string email, string culture, WeeklyDigestContent content, string siteUrl, string deduplicationKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        culture = MailCulture.Normalize(culture);
        using var _ = MailCulture.Use(culture);
        var bodies = new MailBodies(culture).Paragraph(localizer["This week on the NJIT International website:"]);
        if (content.EndingAgreements.Count > 0)
        {
            bodies.Heading(localizer["Agreements ending within 90 days"]).List(content.EndingAgreements);
        }

        if (content.OverdueReviews.Count > 0)
        {
            bodies.Heading(localizer["Reviews overdue"]).List(content.OverdueReviews);
        }

        if (content.UnreadEnquiries > 0)
        {
            bodies.Heading(localizer["Unread enquiries: {0}", content.UnreadEnquiries])
                .Link(localizer["Open the inbox"], siteUrl + "/admin/enquiries?filter=unread");
        }

        if (content.BrokenLinks.Count > 0)
        {
            bodies.Heading(localizer["Broken internal links"]).List(content.BrokenLinks);
        }

        bodies.Link(localizer["Turn this summary off on your account page:"], siteUrl + "/admin/account");
        return new OutgoingMail(
            MailKinds.WeeklyDigest,
            email,
            localizer["Weekly summary: {0} items need attention", content.Count],
            bodies.Text,
            bodies.Html,
            culture,
            DeduplicationKey: deduplicationKey);
    }
}

/// <summary>What a weekly digest lists; empty means no message.</summary>
public sealed record WeeklyDigestContent(
    IReadOnlyList<string> EndingAgreements,
    IReadOnlyList<string> OverdueReviews,
    int UnreadEnquiries,
    IReadOnlyList<string> BrokenLinks)
{
    public int Count => EndingAgreements.Count + OverdueReviews.Count + UnreadEnquiries + BrokenLinks.Count;

    public bool IsEmpty => Count == 0;
}
