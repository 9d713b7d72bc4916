using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Renders Markdown the way visitors will see it (sanitised), for the edit forms' preview.</summary>
[Route("admin/markdown")]
public sealed class MarkdownController(MarkdownRenderer markdown) : AdminController
{
    private const int MaxLength = 50000;

    [HttpPost("preview")]
    public IActionResult Preview([FromForm] string? text)
    {
        if (text is { Length: > MaxLength })
        {
            return BadRequest();
        }

        using var writer = new StringWriter();
        markdown.Render(text).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Content(writer.ToString(), "text/html; charset=utf-8");
    }
}
