using Microsoft.AspNetCore.Mvc.Rendering;
using NjitInternational.Web.Features.Countries;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The country form's options: the complete ISO 3166-1 list, codes already listed disabled.</summary>
public static class CountryChoices
{
    /// <param name="codesInUse">Codes of the countries and regions already listed.</param>
    /// <param name="current">The code of the record being edited: stays choosable.</param>
    public static IEnumerable<SelectListItem> Options(IEnumerable<string>? codesInUse, string? current)
    {
        var used = new HashSet<string>(codesInUse ?? [], StringComparer.OrdinalIgnoreCase);
        return CountryList.All
            .OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)
            .Select(c => new SelectListItem(
                $"{c.Name} · {c.NameZh} ({c.Code}){(c.Kind == Data.Entities.CountryKind.Region ? " – region" : string.Empty)}",
                c.Code,
                selected: false,
                disabled: used.Contains(c.Code) && !string.Equals(c.Code, current, StringComparison.OrdinalIgnoreCase)));
    }
}
