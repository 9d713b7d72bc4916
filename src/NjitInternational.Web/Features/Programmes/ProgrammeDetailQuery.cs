using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>One published programme's page: its fields, visible partners and application status.</summary>
public sealed class ProgrammeDetailQuery(AppDbContext db, TimeProvider clock, MarkdownRenderer markdown)
{
    public async Task<ProgrammeDetailViewModel?> GetDetailAsync(string slug, CancellationToken cancellationToken)
    {
        var now = PublishedQueries.Now(clock);
        var visiblePartner = PublishedQueries.IsVisiblePartner(now);
        var programme = await db.Programmes.AsNoTracking().Published(now)
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                Title = LocalizedText.Of(p.Title, p.TitleZh),
                p.Kind,
                p.Direction,
                Summary = LocalizedText.Pick(p.Summary, p.SummaryZh),
                Discipline = LocalizedText.Pick(p.Discipline, p.DisciplineZh),
                DegreesAwarded = LocalizedText.Pick(p.DegreesAwarded, p.DegreesAwardedZh),
                p.StudyMode,
                Duration = LocalizedText.Pick(p.Duration, p.DurationZh),
                LanguageOfInstruction = LocalizedText.Pick(p.LanguageOfInstruction, p.LanguageOfInstructionZh),
                p.RunningSince,
                p.Description,
                p.DescriptionZh,
                p.HowToApply,
                p.HowToApplyZh,
                p.ApplicationOpens,
                p.ApplicationCloses,
                Eligibility = LocalizedText.Pick(p.Eligibility, p.EligibilityZh),
                LanguageRequirements = LocalizedText.Pick(p.LanguageRequirements, p.LanguageRequirementsZh),
                CostsAndScholarships = LocalizedText.Pick(p.CostsAndScholarships, p.CostsAndScholarshipsZh),
                Places = LocalizedText.Pick(p.Places, p.PlacesZh),
                ContactName = LocalizedText.Pick(p.ContactName, p.ContactNameZh),
                ContactRole = LocalizedText.Pick(p.ContactRole, p.ContactRoleZh),
                p.ContactEmail,
                Partners = p.Partners.Select(pp => pp.Partner!).AsQueryable()
                    .Where(visiblePartner)
                    .OrderBy(v => v.Name)
                    .Select(v => new ProgrammePartnerLink(v.Slug, LocalizedText.Of(v.Name, v.NameZh), LocalizedText.Of(v.Country!.Name, v.Country.NameZh), v.Country.IsoCode))
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var description = markdown.RenderLocalized(programme.Description, programme.DescriptionZh);
        var howToApply = markdown.RenderLocalized(programme.HowToApply, programme.HowToApplyZh);

        return new ProgrammeDetailViewModel(
            programme.Id,
            programme.Slug,
            programme.Title,
            programme.Kind,
            programme.Direction,
            programme.Summary,
            programme.Discipline,
            programme.DegreesAwarded,
            ProgrammeCatalogueQuery.Blank(programme.StudyMode),
            programme.Duration,
            programme.LanguageOfInstruction,
            programme.RunningSince,
            description,
            howToApply,
            !description.IsEmpty,
            !howToApply.IsEmpty,
            programme.Partners,
            ApplicationWindow.Evaluate(programme.ApplicationOpens, programme.ApplicationCloses, ApplicationWindow.TodayInNanjing(clock)),
            new ProgrammeStudentFacts(
                programme.ApplicationOpens,
                programme.ApplicationCloses,
                programme.Eligibility,
                programme.LanguageRequirements,
                programme.CostsAndScholarships,
                programme.Places,
                programme.ContactEmail is { } email ? new ProgrammeContact(programme.ContactName, programme.ContactRole, email) : null));
    }
}
