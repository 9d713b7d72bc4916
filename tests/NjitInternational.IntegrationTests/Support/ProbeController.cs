using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.IntegrationTests.Support;

/// <summary>
/// Test-only endpoints (added to the site by <see cref="ProbeSiteFactory"/>, never shipped) that
/// exercise the cross-cutting controls before the real pages using them exist: a rate-limited
/// search and enquiry, form posts of any size, a slow request, the client address the site sees,
/// and a small form that behaves like a real one (antiforgery, validation, echo of the input).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
[Route("/__probe")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ProbeController(IAntiforgery antiforgery, ProbeSignals signals, AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("client")]
    public string Client() => $"{HttpContext.Connection.RemoteIpAddress}|{Request.Scheme}";

    [HttpGet("search")]
    [EnableRateLimiting(RateLimitPolicies.Search)]
    public string Search() => "search ok";

    [HttpPost("enquiry")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(RateLimitPolicies.Enquiry)]
    public string Enquiry() => "enquiry ok";

    [HttpPost("sign-in")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public string SignIn() => "sign-in ok";

    [HttpPost("form")]
    [IgnoreAntiforgeryToken]
    public async Task<string> Form() => $"fields: {(await Request.ReadFormAsync()).Count}";

    /// <summary>An upload-like endpoint that raises its own limit above the form default.</summary>
    [HttpPost("upload")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(200_000)]
    public async Task<string> Upload() => $"fields: {(await Request.ReadFormAsync()).Count}";

    [HttpPost("raw")]
    [IgnoreAntiforgeryToken]
    public async Task<string> Raw()
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer);
        return $"bytes: {buffer.Length}";
    }

    [HttpGet("slow")]
    public async Task<string> Slow(int ms)
    {
        signals.SlowRequestStarted.TrySetResult();
        // Deliberately not cancelled by shutdown: this is the in-flight work that must finish.
        await Task.Delay(ms, CancellationToken.None);
        return "slow done";
    }

    [HttpGet("echo-form")]
    public ContentResult EchoForm() => Page(RenderForm(new ProbeInput(), errors: []));

    [HttpPost("echo-form")]
    [ValidateAntiForgeryToken]
    public async Task<ContentResult> EchoForm(ProbeInput input)
    {
        var errors = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        if (errors.Count > 0)
        {
            Response.StatusCode = 400;
            return Page(RenderForm(input, errors));
        }

        // Only a valid submission is stored, like the real enquiry form.
        db.Enquiries.Add(new Enquiry
        {
            Name = input.Name,
            Email = "probe@example.org",
            Message = input.Message,
            ConsentGiven = input.Consent,
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page("<p>Thank you</p>");
    }

    /// <summary>Echoes "q" encoded, as a search results page would; "page" must be a number.</summary>
    [HttpGet("echo")]
    public ContentResult Echo(string? q, int page = 1) =>
        Page($"<h1>Results for {Encode(q)}</h1><p>Page {Math.Clamp(page, 1, 1000)}</p>");

    /// <summary>The counter-example: echoes "q" without encoding (used only to prove the XSS assertion fails).</summary>
    [HttpGet("raw-echo")]
    public ContentResult RawEcho(string? q) => Page($"<h1>Results for {q}</h1>");

    /// <summary>The counter-example for the fuzzer: crashes on a long value, as an unguarded parser would.</summary>
    [HttpGet("fragile-form")]
    public ContentResult FragileForm() =>
        Page($"""<form method="post" action="/__probe/fragile-form">{AntiforgeryField()}<input name="name"><button>Send</button></form>""");

    [HttpPost("fragile-form")]
    [ValidateAntiForgeryToken]
    public ContentResult FragileForm(string? name) => name?.Length > 5000
        ? throw new InvalidOperationException("fragile probe: value too long")
        : Page("<p>ok</p>");

    private string RenderForm(ProbeInput input, List<string> errors)
    {
        var html = new StringBuilder();
        html.Append(CultureInfoInvariant($"<h1>Probe form</h1><p><a href=\"/__probe/echo?q=hello&amp;page=2\">search</a></p>"));
        html.Append("<form method=\"post\" action=\"/__probe/echo-form\">").Append(AntiforgeryField());
        html.Append(CultureInfoInvariant($"<label>Name <input name=\"Name\" value=\"{Encode(input.Name)}\" required maxlength=\"100\"></label>"));
        html.Append(CultureInfoInvariant($"<label>Age <input name=\"Age\" type=\"number\" min=\"16\" max=\"120\" value=\"{input.Age}\"></label>"));
        html.Append("<label>Topic <select name=\"Topic\"><option>Exchange</option><option>Degree</option></select></label>");
        html.Append(CultureInfoInvariant($"<label>Message <textarea name=\"Message\">{Encode(input.Message)}</textarea></label>"));
        html.Append("<label><input type=\"checkbox\" name=\"Consent\" value=\"true\"> I agree</label>");
        foreach (var error in errors)
        {
            html.Append(CultureInfoInvariant($"<p class=\"field-error\">{Encode(error)} is not valid</p>"));
        }

        html.Append("<button type=\"submit\">Send</button></form>");
        return html.ToString();
    }

    private string AntiforgeryField()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    private static ContentResult Page(string body) => new()
    {
        ContentType = "text/html; charset=utf-8",
        Content = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Probe</title></head><body><main>{body}</main></body></html>",
        StatusCode = null,
    };
}

/// <summary>The probe form's input model: validated like a real form (required, lengths, ranges).</summary>
public sealed class ProbeInput
{
    [System.ComponentModel.DataAnnotations.Required]
    [System.ComponentModel.DataAnnotations.StringLength(100)]
    public string Name { get; set; } = string.Empty;

    [System.ComponentModel.DataAnnotations.Range(16, 120)]
    public int? Age { get; set; }

    [System.ComponentModel.DataAnnotations.RegularExpression("Exchange|Degree")]
    public string? Topic { get; set; }

    [System.ComponentModel.DataAnnotations.Required]
    [System.ComponentModel.DataAnnotations.StringLength(2000)]
    public string Message { get; set; } = string.Empty;

    public bool Consent { get; set; }
}

/// <summary>Signals from probe endpoints to the test that called them.</summary>
public sealed class ProbeSignals
{
    public TaskCompletionSource SlowRequestStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
