using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Areas.Admin.Services;

/// <summary>
/// Choices offered by the edit forms. Every record is listed (drafts too): fine for the office's
/// scale (dozens of partners); a few hundred would need a search-as-you-type picker instead.
/// </summary>
public sealed class ContentOptions(AppDbContext db)
{
    public async Task<List<SelectListItem>> CountriesAsync(CancellationToken cancellationToken) =>
        Items(await db.Countries.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, Text = c.Name })
            .ToListAsync(cancellationToken), x => x.Id, x => x.Text);

    public async Task<List<SelectListItem>> PartnersAsync(CancellationToken cancellationToken) =>
        Items(await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, Text = p.Name + " (" + p.Country!.Name + ")" })
            .ToListAsync(cancellationToken), x => x.Id, x => x.Text);

    private static List<SelectListItem> Items<T>(List<T> rows, Func<T, int> id, Func<T, string> text) =>
        [.. rows.Select(r => new SelectListItem(text(r), id(r).ToString(CultureInfo.InvariantCulture)))];
}
