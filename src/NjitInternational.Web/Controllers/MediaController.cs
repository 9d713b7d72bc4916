using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Controllers;

/// <summary>
/// Serves library images from <see cref="IMediaStorage"/>. Addresses are immutable (a new upload
/// gets a new key), so responses are cached for a year and carry an ETag; unknown keys or widths
/// answer 404. No database query: the files exist exactly while the image does.
/// </summary>
public sealed class MediaController(IMediaStorage storage) : Controller
{
    [HttpGet("/media/{key:guid}/{width:int:range(1,99999)}.webp")]
    public async Task<IActionResult> Image(Guid key, int width, CancellationToken cancellationToken)
    {
        var stream = await storage.OpenReadAsync(key, MediaLibrary.FileName(width), cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        var etag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{key:N}-{width}\""));
        return File(stream, "image/webp", lastModified: null, entityTag: etag);
    }
}
