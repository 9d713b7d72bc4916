using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Countries;

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

    /// <summary>Everything but the status comes from the list entry (validated before this runs).</summary>
    protected override void Apply(CountryEditInput input, Country entity) =>
        CountryList.Find(input.IsoCode)!.ApplyTo(entity);

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) =>
        new() { CountryCodesInUse = await Db.Countries.Select(c => c.IsoCode).ToListAsync(cancellationToken) };

    protected override async Task ValidateMoreAsync(CountryEditInput input, int? id, CancellationToken cancellationToken)
    {
        // Empty fields bind as null; the Required error is already in ModelState.
        if (string.IsNullOrWhiteSpace(input.IsoCode))
        {
            return;
        }

        if (CountryList.Find(input.IsoCode) is not { } entry)
        {
            ModelState.AddModelError(nameof(input.IsoCode), $"\"{input.IsoCode.Trim()}\" is not an ISO 3166-1 code in the list: choose the country or region from the list.");
            return;
        }

        if (await Db.Countries.AnyAsync(c => (c.IsoCode == entry.Code || c.Name == entry.Name) && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.IsoCode), $"{entry.Name} ({entry.Code}) is already listed: edit that one instead.");
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
