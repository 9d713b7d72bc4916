using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Services;

/// <summary>Edit form ↔ record for partners: shared by the admin form and the CSV import.</summary>
public static class PartnerMapping
{
    public static PartnerEditInput ToInput(Partner entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Name = entity.Name,
            NameZh = entity.NameZh,
            ShortName = entity.ShortName,
            ShortNameZh = entity.ShortNameZh,
            Slug = entity.Slug,
            CountryId = entity.CountryId,
            City = entity.City,
            CityZh = entity.CityZh,
            WebsiteUrl = entity.WebsiteUrl,
            PartnerSince = entity.PartnerSince,
            PartnershipKinds = [.. entity.PartnershipKinds.Select(k => k.Kind).Order()],
            Summary = entity.Summary,
            SummaryZh = entity.SummaryZh,
            Body = entity.Body,
            BodyZh = entity.BodyZh,
            LogoUrl = entity.LogoUrl,
            LogoMediaId = entity.LogoMediaId,
            AgreementValidUntil = entity.AgreementValidUntil,
            IsFeatured = entity.IsFeatured,
        };
    }

    public static void Apply(PartnerEditInput input, Partner entity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Name = input.Name.Trim();
        entity.NameZh = ChineseText.Normalize(input.NameZh);
        entity.ShortName = input.ShortName?.Trim();
        entity.ShortNameZh = ChineseText.Normalize(input.ShortNameZh);
        entity.Slug = input.Slug!;
        entity.CountryId = input.CountryId!.Value;
        entity.City = input.City?.Trim();
        entity.CityZh = ChineseText.Normalize(input.CityZh);
        entity.WebsiteUrl = input.WebsiteUrl?.Trim();
        entity.PartnerSince = input.PartnerSince;
        entity.Summary = input.Summary;
        entity.SummaryZh = ChineseText.Normalize(input.SummaryZh);
        entity.Body = input.Body;
        entity.BodyZh = ChineseText.Normalize(input.BodyZh);
        entity.LogoUrl = input.LogoUrl?.Trim();
        entity.LogoMediaId = input.LogoMediaId;
        entity.AgreementValidUntil = input.AgreementValidUntil;
        entity.IsFeatured = input.IsFeatured;

        var wanted = input.PartnershipKinds.Where(Enum.IsDefined).ToHashSet();
        entity.PartnershipKinds.RemoveAll(k => !wanted.Contains(k.Kind));
        foreach (var kind in wanted.Where(k => entity.PartnershipKinds.All(existing => existing.Kind != k)))
        {
            entity.PartnershipKinds.Add(new PartnerPartnershipKind { Kind = kind });
        }
    }
}

/// <summary>Edit form ↔ record for programmes: shared by the admin form and the CSV import.</summary>
public static class ProgrammeMapping
{
    public static ProgrammeEditInput ToInput(Programme entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Title = entity.Title,
            TitleZh = entity.TitleZh,
            Slug = entity.Slug,
            Kind = entity.Kind,
            Direction = entity.Direction,
            PartnerIds = [.. entity.Partners.Select(p => p.PartnerId).Order()],
            Discipline = entity.Discipline,
            DisciplineZh = entity.DisciplineZh,
            DegreesAwarded = entity.DegreesAwarded,
            DegreesAwardedZh = entity.DegreesAwardedZh,
            StudyMode = entity.StudyMode,
            Duration = entity.Duration,
            DurationZh = entity.DurationZh,
            LanguageOfInstruction = entity.LanguageOfInstruction,
            LanguageOfInstructionZh = entity.LanguageOfInstructionZh,
            RunningSince = entity.RunningSince,
            Summary = entity.Summary,
            SummaryZh = entity.SummaryZh,
            Description = entity.Description,
            DescriptionZh = entity.DescriptionZh,
            HowToApply = entity.HowToApply,
            HowToApplyZh = entity.HowToApplyZh,
            ApplicationOpens = entity.ApplicationOpens,
            ApplicationCloses = entity.ApplicationCloses,
            IsFeatured = entity.IsFeatured,
            Eligibility = entity.Eligibility,
            EligibilityZh = entity.EligibilityZh,
            LanguageRequirements = entity.LanguageRequirements,
            LanguageRequirementsZh = entity.LanguageRequirementsZh,
            CostsAndScholarships = entity.CostsAndScholarships,
            CostsAndScholarshipsZh = entity.CostsAndScholarshipsZh,
            Places = entity.Places,
            PlacesZh = entity.PlacesZh,
            ContactName = entity.ContactName,
            ContactNameZh = entity.ContactNameZh,
            ContactRole = entity.ContactRole,
            ContactRoleZh = entity.ContactRoleZh,
            ContactEmail = entity.ContactEmail,
        };
    }

    public static void Apply(ProgrammeEditInput input, Programme entity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Title = input.Title.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Slug = input.Slug!;
        entity.Kind = input.Kind;
        entity.Direction = input.Direction;
        entity.Discipline = input.Discipline?.Trim();
        entity.DisciplineZh = ChineseText.Normalize(input.DisciplineZh);
        entity.DegreesAwarded = input.DegreesAwarded?.Trim();
        entity.DegreesAwardedZh = ChineseText.Normalize(input.DegreesAwardedZh);
        entity.StudyMode = input.StudyMode?.Trim();
        entity.Duration = input.Duration?.Trim();
        entity.DurationZh = ChineseText.Normalize(input.DurationZh);
        entity.LanguageOfInstruction = input.LanguageOfInstruction?.Trim();
        entity.LanguageOfInstructionZh = ChineseText.Normalize(input.LanguageOfInstructionZh);
        entity.RunningSince = input.RunningSince;
        entity.Summary = input.Summary;
        entity.SummaryZh = ChineseText.Normalize(input.SummaryZh);
        entity.Description = input.Description;
        entity.DescriptionZh = ChineseText.Normalize(input.DescriptionZh);
        entity.HowToApply = input.HowToApply;
        entity.HowToApplyZh = ChineseText.Normalize(input.HowToApplyZh);
        entity.ApplicationOpens = input.ApplicationOpens;
        entity.ApplicationCloses = input.ApplicationCloses;
        entity.IsFeatured = input.IsFeatured;
        entity.Eligibility = Blank(input.Eligibility);
        entity.EligibilityZh = ChineseText.Normalize(input.EligibilityZh);
        entity.LanguageRequirements = Blank(input.LanguageRequirements);
        entity.LanguageRequirementsZh = ChineseText.Normalize(input.LanguageRequirementsZh);
        entity.CostsAndScholarships = Blank(input.CostsAndScholarships);
        entity.CostsAndScholarshipsZh = ChineseText.Normalize(input.CostsAndScholarshipsZh);
        entity.Places = Blank(input.Places);
        entity.PlacesZh = ChineseText.Normalize(input.PlacesZh);
        entity.ContactName = Blank(input.ContactName);
        entity.ContactNameZh = ChineseText.Normalize(input.ContactNameZh);
        entity.ContactRole = Blank(input.ContactRole);
        entity.ContactRoleZh = ChineseText.Normalize(input.ContactRoleZh);
        entity.ContactEmail = Blank(input.ContactEmail);

        var wanted = input.PartnerIds.ToHashSet();
        entity.Partners.RemoveAll(p => !wanted.Contains(p.PartnerId));
        foreach (var partnerId in wanted.Where(id => entity.Partners.All(p => p.PartnerId != id)))
        {
            entity.Partners.Add(new ProgrammePartner { PartnerId = partnerId });
        }
    }

    /// <summary>An emptied field is stored as null, so the public page says "ask the office" again.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
