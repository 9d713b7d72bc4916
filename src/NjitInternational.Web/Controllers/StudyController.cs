using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Enquiries;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Features.Study;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Security;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Controllers;

/// <summary>
/// The two landing pages (NJIT students going abroad; international students coming to NJIT) and
/// the enquiry form. An enquiry is stored for staff and the office is told by mail (topic,
/// programme and a link only); nothing the visitor writes is mailed to an address they choose, so
/// the form can never be used to relay mail.
/// </summary>
[LocalizedRoutes]
public sealed class StudyController(
    AppDbContext db,
    EnquirySubmission submission,
    Features.Mail.MailLinks mailLinks,
    ProgrammeCatalogueQuery programmes,
    MarkdownRenderer markdown,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<EnquiryOptions> enquiryOptions,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public const string StudyAbroadSlug = "study-abroad";
    public const string StudyAtNjitSlug = "study-at-njit";

    [HttpGet("/study-abroad")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries, CacheTags.Pages])]
    public async Task<IActionResult> StudyAbroad(CancellationToken cancellationToken) =>
        View(await GetLandingAsync(StudyAbroadSlug, DirectionFilter.Abroad, cancellationToken));

    [HttpGet("/study-at-njit")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries, CacheTags.Pages])]
    public async Task<IActionResult> StudyAtNjit([FromQuery(Name = "programme")] int? programmeId, CancellationToken cancellationToken) =>
        View(await GetStudyAtNjitAsync(new EnquiryInput { ProgrammeId = programmeId }, cancellationToken));

    [HttpPost("/study-at-njit/enquiry")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.Enquiry)]
    public async Task<IActionResult> Enquiry([Bind(Prefix = "Enquiry")] EnquiryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);

        // A filled honeypot is a bot: store nothing, but answer exactly as for a person.
        if (!string.IsNullOrEmpty(input.Website))
        {
            return Redirect(SiteCultures.WithPrefix(EnquiryThanksPath, SiteCultures.Current));
        }

        if (input.ProgrammeId is { } programmeId
            && !await programmes.IsPublishedAsync(programmeId, cancellationToken))
        {
            ModelState.AddModelError($"Enquiry.{nameof(EnquiryInput.ProgrammeId)}", localizer["Choose a programme from the list."]);
        }

        // Replies are mailed to this address: it must be one plain mailbox MimeKit accepts.
        if (ModelState.GetFieldValidationState($"Enquiry.{nameof(EnquiryInput.Email)}") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && !Features.Mail.MailHeaders.IsSingleAddress(input.Email))
        {
            ModelState.AddModelError($"Enquiry.{nameof(EnquiryInput.Email)}", localizer["Enter an email address like name@example.com."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(StudyAtNjit), await GetStudyAtNjitAsync(input, cancellationToken));
        }

        var enquiryId = await submission.SubmitAsync(input, SiteCultures.Current.CultureName, mailLinks.Origin(Request), cancellationToken);
        var receipt = new EnquiryReceipt(
            EnquiryReference.Of(enquiryId),
            input.Email.Trim(),
            Math.Max(1, enquiryOptions.Value.ReplyWithinDays),
            input.ProgrammeId is { } chosen ? await programmes.GetSlugAsync(chosen, cancellationToken) : null);
        TempData[ReceiptKey] = System.Text.Json.JsonSerializer.Serialize(receipt);
        return Redirect(SiteCultures.WithPrefix(EnquiryThanksPath, SiteCultures.Current));
    }

    private const string ReceiptKey = "EnquiryReceipt";

    // A literal path: link generation cannot carry the culture from the POST to this other action.
    private const string EnquiryThanksPath = "/study-at-njit/enquiry/thanks";

    [HttpGet(EnquiryThanksPath)]
    public IActionResult EnquiryThanks() =>
        View(TempData[ReceiptKey] is string json ? System.Text.Json.JsonSerializer.Deserialize<EnquiryReceipt>(json) : null);

    private async Task<StudyAtNjitViewModel> GetStudyAtNjitAsync(EnquiryInput input, CancellationToken cancellationToken)
    {
        var landing = await GetLandingAsync(StudyAtNjitSlug, DirectionFilter.ToNjit, cancellationToken);
        return new StudyAtNjitViewModel(
            landing,
            await programmes.GetOptionsForDirectionAsync(DirectionFilter.ToNjit, input.ProgrammeId, cancellationToken),
            input);
    }

    private async Task<StudyLandingViewModel> GetLandingAsync(string slug, DirectionFilter direction, CancellationToken cancellationToken)
    {
        // An unpublished page only hides the prose; the programme lists still show.
        var page = await db.Pages.AsNoTracking().Published(PublishedQueries.Now(clock))
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Title, p.TitleZh, p.Summary, p.SummaryZh, p.Body, p.BodyZh })
            .FirstOrDefaultAsync(cancellationToken);
        var list = await programmes.GetForDirectionAsync(direction, StudyLandingViewModel.ProgrammesPerKind, cancellationToken);
        return new StudyLandingViewModel(
            // The office's title only in the page's language; else the view's localized heading, so a
            // /zh page never has an English <h1> and <title>.
            page is null ? null : LocalizedText.Of(page.Title, page.TitleZh) is { IsFallback: false } title ? title.Text : null,
            page is null ? null : LocalizedText.Pick(page.Summary, page.SummaryZh)?.Text,
            markdown.RenderLocalized(page?.Body, page?.BodyZh),
            !string.IsNullOrWhiteSpace(page?.Body) || !string.IsNullOrWhiteSpace(page?.BodyZh),
            list);
    }
}
