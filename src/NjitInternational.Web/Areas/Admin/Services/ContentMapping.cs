using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;

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
            ShortName = entity.ShortName,
            Slug = entity.Slug,
            CountryId = entity.CountryId,
            City = entity.City,
            WebsiteUrl = entity.WebsiteUrl,
            PartnerSince = entity.PartnerSince,
            PartnershipKinds = [.. entity.PartnershipKinds.Select(k => k.Kind).Order()],
            Summary = entity.Summary,
            Body = entity.Body,
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
        entity.ShortName = input.ShortName?.Trim();
        entity.Slug = input.Slug!;
        entity.CountryId = input.CountryId!.Value;
        entity.City = input.City?.Trim();
        entity.WebsiteUrl = input.WebsiteUrl?.Trim();
        entity.PartnerSince = input.PartnerSince;
        entity.Summary = input.Summary;
        entity.Body = input.Body;
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
            Slug = entity.Slug,
            Kind = entity.Kind,
            Direction = entity.Direction,
            PartnerIds = [.. entity.Partners.Select(p => p.PartnerId).Order()],
            Discipline = entity.Discipline,
            DegreesAwarded = entity.DegreesAwarded,
            StudyMode = entity.StudyMode,
            Duration = entity.Duration,
            LanguageOfInstruction = entity.LanguageOfInstruction,
            RunningSince = entity.RunningSince,
            Summary = entity.Summary,
            Description = entity.Description,
            HowToApply = entity.HowToApply,
            ApplicationOpens = entity.ApplicationOpens,
            ApplicationCloses = entity.ApplicationCloses,
            IsFeatured = entity.IsFeatured,
        };
    }

    public static void Apply(ProgrammeEditInput input, Programme entity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Title = input.Title.Trim();
        entity.Slug = input.Slug!;
        entity.Kind = input.Kind;
        entity.Direction = input.Direction;
        entity.Discipline = input.Discipline?.Trim();
        entity.DegreesAwarded = input.DegreesAwarded?.Trim();
        entity.StudyMode = input.StudyMode?.Trim();
        entity.Duration = input.Duration?.Trim();
        entity.LanguageOfInstruction = input.LanguageOfInstruction?.Trim();
        entity.RunningSince = input.RunningSince;
        entity.Summary = input.Summary;
        entity.Description = input.Description;
        entity.HowToApply = input.HowToApply;
        entity.ApplicationOpens = input.ApplicationOpens;
        entity.ApplicationCloses = input.ApplicationCloses;
        entity.IsFeatured = input.IsFeatured;

        var wanted = input.PartnerIds.ToHashSet();
        entity.Partners.RemoveAll(p => !wanted.Contains(p.PartnerId));
        foreach (var partnerId in wanted.Where(id => entity.Partners.All(p => p.PartnerId != id)))
        {
            entity.Partners.Add(new ProgrammePartner { PartnerId = partnerId });
        }
    }
}
