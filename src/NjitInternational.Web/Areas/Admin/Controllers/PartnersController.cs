using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/partners")]
public sealed class PartnersController(AppDbContext db, ContentStore store, ContentFieldReader fields, ContentOptions options)
    : ContentAdminController<Partner, PartnerEditInput>(db, store, fields)
{
    protected override ContentTypeInfo Info { get; } = new("partner", "Partners", "/admin/partners", "/admin/preview/partners");

    protected override Expression<Func<Partner, string>> TitleField => p => p.Name;

    protected override string? DetailHeading => "Country or region";

    protected override Expression<Func<Partner, ContentListRow>> ListRow =>
        p => new ContentListRow(p.Id, p.Name, p.Country!.Name, p.Status, p.UpdatedAtUtc, p.UpdatedBy, p.ConcurrencyStamp);

    protected override IQueryable<Partner> WithDetails(IQueryable<Partner> records) => records.Include(p => p.PartnershipKinds);

    protected override PartnerEditInput ToInput(Partner entity) => new()
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
        AgreementValidUntil = entity.AgreementValidUntil,
        IsFeatured = entity.IsFeatured,
    };

    protected override void Apply(PartnerEditInput input, Partner entity)
    {
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
        entity.AgreementValidUntil = input.AgreementValidUntil;
        entity.IsFeatured = input.IsFeatured;

        var wanted = input.PartnershipKinds.Where(Enum.IsDefined).ToHashSet();
        entity.PartnershipKinds.RemoveAll(k => !wanted.Contains(k.Kind));
        foreach (var kind in wanted.Where(k => entity.PartnershipKinds.All(existing => existing.Kind != k)))
        {
            entity.PartnershipKinds.Add(new PartnerPartnershipKind { Kind = kind });
        }
    }

    protected override async Task ValidateMoreAsync(PartnerEditInput input, int? id, CancellationToken cancellationToken)
    {
        if (input.CountryId is { } countryId && !await Db.Countries.AnyAsync(c => c.Id == countryId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.CountryId), "Choose a country or region from the list.");
        }
    }

    protected override async Task PrepareFormAsync(CancellationToken cancellationToken) =>
        ViewData["Countries"] = await options.CountriesAsync(cancellationToken);

    protected override async Task<List<string>> DependentsAsync(int id, CancellationToken cancellationToken)
    {
        var programmes = await Db.ProgrammePartners.Where(pp => pp.PartnerId == id)
            .OrderBy(pp => pp.Programme!.Title).Select(pp => "Programme: " + pp.Programme!.Title).ToListAsync(cancellationToken);
        var alliances = await Db.AllianceMembers.Where(m => m.PartnerId == id)
            .OrderBy(m => m.Alliance!.Name).Select(m => "Alliance membership: " + m.Alliance!.Name).ToListAsync(cancellationToken);
        return [.. programmes, .. alliances];
    }
}
