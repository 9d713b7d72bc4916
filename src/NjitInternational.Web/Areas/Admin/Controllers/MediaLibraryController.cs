using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>The media library: list, upload (content-checked, re-encoded), delete (refused while in use).</summary>
[Route("admin/media")]
public sealed class MediaLibraryController(MediaLibrary library, IOptions<MediaOptions> options) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await library.ListAsync(cancellationToken));

    [HttpGet("upload")]
    public IActionResult Upload() => UploadForm(new MediaUploadInput(), StatusCodes.Status200OK);

    [HttpPost("upload")]
    [MediaUpload]
    public async Task<IActionResult> Upload(MediaUploadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.File is null)
        {
            ModelState.AddModelError(nameof(input.File), "Choose an image file to upload.");
        }

        if (!ModelState.IsValid)
        {
            return UploadForm(input, StatusCodes.Status400BadRequest);
        }

        var result = await library.UploadAsync(input.File!, input.AltText, input.IsDecorative, cancellationToken);
        if (result.Error is not null)
        {
            ModelState.AddModelError(nameof(input.File), result.Error);
            return UploadForm(input, result.Error.StartsWith("The file is ", StringComparison.Ordinal) && input.File!.Length > 0
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status422UnprocessableEntity);
        }

        TempData["Notice"] = "The image was uploaded.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var page = await library.FindForDeleteAsync(id, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var usages = await library.DeleteAsync(id, cancellationToken);
        if (usages.Count == 0)
        {
            TempData["Notice"] = "The image was deleted.";
            return RedirectToAction(nameof(Index));
        }

        var page = await library.FindForDeleteAsync(id, "This image cannot be deleted while it is in use. Choose another image (or none) on these records first.", cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Delete", page);
    }

    private ViewResult UploadForm(MediaUploadInput input, int status)
    {
        Response.StatusCode = status;
        ViewData["MaxUploadBytes"] = options.Value.MaxUploadBytes;
        return View("Upload", input);
    }
}
