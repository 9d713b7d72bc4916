using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Translations;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Translation status: the published records whose Chinese is missing or older than their English.</summary>
[Route("admin/translations")]
public sealed class TranslationsController(TranslationStatusQuery query) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.GetAsync(cancellationToken));
}
