using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The options an edit form offers (countries, partners, library images, codes in use); empty where a form has none.</summary>
public sealed class FormChoices
{
    private const string Key = "FormChoices";

    public static FormChoices None { get; } = new();

    public IReadOnlyList<SelectListItem> Countries { get; init; } = [];

    public IReadOnlyList<SelectListItem> Partners { get; init; } = [];

    public IReadOnlyList<SelectListItem> Programmes { get; init; } = [];

    public IReadOnlyList<MediaChoice> Media { get; init; } = [];

    /// <summary>ISO codes of the countries and regions already listed (the country form disables them).</summary>
    public IReadOnlyList<string> CountryCodesInUse { get; init; } = [];

    /// <summary>The choices handed to the <c>_Fields</c> partial, whose model is the input itself.</summary>
    public static FormChoices Of(ViewDataDictionary viewData) =>
        (viewData ?? throw new ArgumentNullException(nameof(viewData)))[Key] as FormChoices ?? None;

    public void AddTo(ViewDataDictionary viewData) =>
        (viewData ?? throw new ArgumentNullException(nameof(viewData)))[Key] = this;
}
