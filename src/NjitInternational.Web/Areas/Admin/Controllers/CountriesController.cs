using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/countries")]
public sealed class CountriesController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock)
    : ContentAdminController<Country, CountryEditInput>(db, store, fields, clock)
{
    protected override ContentType<Country> Info => ContentTypes.Country;

    protected override string? DetailHeading => "ISO code";

    protected override Expression<Func<Country, ContentListRow>> ListRow =>
        c => new ContentListRow(c.Id, c.Name, c.IsoCode, c.Status, c.UpdatedAtUtc, c.UpdatedBy, c.ConcurrencyStamp);

    protected override CountryEditInput ToInput(Country entity) => new()
    {
        Name = entity.Name,
        NameZh = entity.NameZh,
        IsoCode = entity.IsoCode,
        Kind = entity.Kind,
        WorldRegion = entity.WorldRegion,
    };

    protected override void Apply(CountryEditInput input, Country entity)
    {
        entity.Name = input.Name.Trim();
        entity.NameZh = ChineseText.Normalize(input.NameZh);
        entity.IsoCode = input.IsoCode.Trim().ToUpperInvariant();
        entity.Kind = input.Kind;
        entity.WorldRegion = input.WorldRegion;
    }

    protected override async Task ValidateMoreAsync(CountryEditInput input, int? id, CancellationToken cancellationToken)
    {
        // Empty fields bind as null; the Required errors are already in ModelState.
        var name = input.Name?.Trim() ?? string.Empty;
        var code = input.IsoCode?.Trim().ToUpperInvariant() ?? string.Empty;
        if (await Db.Countries.AnyAsync(c => c.Name == name && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Name), $"Another country or region is already called {name}.");
        }

        if (await Db.Countries.AnyAsync(c => c.IsoCode == code && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.IsoCode), $"Another country or region already has the code {code}.");
        }
    }

    protected override async Task<List<string>> DependentsAsync(int id, CancellationToken cancellationToken)
    {
        var partners = await Db.Partners.Where(p => p.CountryId == id).OrderBy(p => p.Name).Select(p => "Partner: " + p.Name).ToListAsync(cancellationToken);
        var members = await Db.AllianceMembers.Where(m => m.CountryId == id)
            .OrderBy(m => m.InstitutionName)
            .Select(m => "Member of " + m.Alliance!.Name + ": " + (m.InstitutionName ?? m.Partner!.Name))
            .ToListAsync(cancellationToken);
        return [.. partners, .. members];
    }
}
