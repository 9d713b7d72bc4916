using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NjitInternational.Web.Controllers;

/// <summary>
/// Friendly error pages in the site layout; re-executed by the status-code and exception
/// middleware. Neither the layout nor these views touch the database, so they still render when
/// the database is down.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// <summary>Seconds a visitor (or crawler) is asked to wait when the database is unavailable.</summary>
    public const int RetryAfterSeconds = 30;

    /// <remarks>
    /// No action parameters: binding one would read the body of a re-executed POST, and a body
    /// refused as too large (413) or malformed would then turn the error page itself into a 500.
    /// </remarks>
    [Route("/error/{statusCode:int}")]
    public IActionResult Status() =>
        ErrorPage(int.TryParse(RouteData.Values["statusCode"] as string, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599 ? code : 500);

    /// <summary>The exception handler's page: the status it chose (500, 503, 4xx) is already set.</summary>
    [Route("/error")]
    public async Task<IActionResult> Exception()
    {
        var code = Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : 500;
        if (code == StatusCodes.Status503ServiceUnavailable && await NothingSavedFormAsync() is { } form)
        {
            var page = ErrorPage(code);
            page.ViewName = "NothingSaved";
            page.ViewData.Model = form;
            return page;
        }

        return ErrorPage(code);
    }

    /// <summary>
    /// A staff form posted while the database was out of reach: nothing was saved, so the page gives
    /// every value back (passwords excepted) with a button that posts them again to the same address.
    /// </summary>
    private async Task<NothingSavedForm?> NothingSavedFormAsync()
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failed is null || !HttpMethods.IsPost(Request.Method) || !Request.HasFormContentType
            || !failed.Path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var posted = await Request.ReadFormAsync(HttpContext.RequestAborted);
            var fields = posted
                .Where(f => !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
                .ToList();
            return new NothingSavedForm(failed.Path + Request.QueryString, fields);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    private ViewResult ErrorPage(int code)
    {
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        // Error pages are never cached: the next request may well succeed.
        Response.Headers.CacheControl = "no-store";
        return View(code switch
        {
            404 => "NotFound",
            503 => "Unavailable",
            >= 500 => "ServerError",
            _ => "ClientError",
        }, code);
    }
}

/// <summary>The values of a form that could not be saved, and where to post them again.</summary>
public sealed record NothingSavedForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields);
