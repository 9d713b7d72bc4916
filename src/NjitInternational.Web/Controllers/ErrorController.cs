using Microsoft.AspNetCore.Mvc;

namespace NjitInternational.Web.Controllers;

/// <summary>Friendly error pages in the site layout; re-executed by the status-code and exception middleware.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        var code = statusCode is >= 400 and <= 599 ? statusCode : 500;
        Response.StatusCode = code;
        return View(code switch
        {
            404 => "NotFound",
            >= 500 => "ServerError",
            _ => "ClientError",
        }, code);
    }
}
