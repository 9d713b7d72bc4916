using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>A form found while crawling: where it posts and its fields (hidden ones keep their rendered value).</summary>
public sealed record DiscoveredForm(string FoundOn, string Method, string Action, IReadOnlyList<string> Fields, IReadOnlyList<KeyValuePair<string, string>> Hidden)
{
    public override string ToString() => $"{Method} {Action} (on {FoundOn}; fields {string.Join(", ", Fields)})";
}

/// <summary>What the crawl found: pages, forms, and the query parameters seen in links.</summary>
public sealed record FuzzSurface(IReadOnlyList<string> Pages, IReadOnlyList<DiscoveredForm> Forms, IReadOnlyDictionary<string, IReadOnlySet<string>> QueryParameters);

/// <summary>
/// Crawls a site from start pages (internal links only, up to <see cref="MaxPages"/>), finds every
/// form and every query parameter in links, then sends each field and parameter every
/// <see cref="HostileValues"/> value, plus missing, duplicated and unknown fields. Each form post
/// carries the form's real hidden fields (antiforgery token included) and fills at most one
/// visible field, so every post is invalid by construction and must store nothing.
/// Failures: any 5xx, a 429 (limits must be raised for the fuzz), or the raw script marker
/// echoed back unencoded. Works for any client: pass a signed-in client to cover the admin area.
/// </summary>
public sealed class SiteFuzzer(HttpClient client)
{
    private readonly List<string> _failures = [];

    public int MaxPages { get; init; } = 60;

    /// <summary>Path prefixes never requested (e.g. sign-out, which would end an authenticated crawl).</summary>
    public IReadOnlyList<string> ExcludedPaths { get; init; } = ["/health", "/error"];

    public int RequestsSent { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public async Task<FuzzSurface> CrawlAsync(params string[] startPages)
    {
        var queue = new Queue<string>(startPages);
        var seen = new HashSet<string>(startPages, StringComparer.Ordinal);
        var pages = new List<string>();
        var forms = new List<DiscoveredForm>();
        var parameters = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await SendAsync(HttpMethod.Get, url, content: null, $"crawl {url}");
            pages.Add(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await response.ReadHtmlAsync();
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Internal(url, href) is not { } target || IsExcluded(target))
                {
                    continue;
                }

                var path = target.Split('?')[0];
                var query = target.Contains('?', StringComparison.Ordinal) ? target[(target.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
                foreach (var name in query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0])))
                {
                    if (!parameters.TryGetValue(path, out var names))
                    {
                        parameters[path] = names = new HashSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(name);
                }

                if (seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }

            forms.AddRange(document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Select(f => Describe(url, f)));
        }

        return new FuzzSurface(pages, forms, parameters.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal));
    }

    public async Task FuzzAsync(FuzzSurface surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        foreach (var form in surface.Forms)
        {
            await FuzzFormAsync(form);
        }

        foreach (var (path, names) in surface.QueryParameters)
        {
            foreach (var name in names)
            {
                foreach (var value in HostileValues.All)
                {
                    var url = $"{path}?{HostileValues.PercentEncode(name)}={HostileValues.PercentEncode(value.Bytes)}";
                    using var _ = await SendAsync(HttpMethod.Get, url, content: null, $"query {path} {name}={value}");
                }
            }

            // Duplicated and wrong-typed parameters together.
            var duplicated = string.Join('&', names.SelectMany(n => new[] { $"{HostileValues.PercentEncode(n)}=1", $"{HostileValues.PercentEncode(n)}=abc" }));
            using var __ = await SendAsync(HttpMethod.Get, $"{path}?{duplicated}", content: null, $"query {path} duplicated");
        }
    }

    private async Task FuzzFormAsync(DiscoveredForm form)
    {
        // A fresh copy of the form, so its antiforgery token belongs to this client's cookie.
        var hidden = await FreshHiddenFieldsAsync(form);
        var fields = form.Fields.Concat(hidden.Where(h => !IsAntiforgery(h.Key)).Select(h => h.Key)).Distinct(StringComparer.Ordinal).ToList();
        var baseline = hidden.Where(h => IsAntiforgery(h.Key)).ToList();

        foreach (var field in fields)
        {
            var others = hidden.Where(h => h.Key != field).ToList();
            foreach (var value in HostileValues.All)
            {
                await SubmitAsync(form, [.. others.Select(Pair), (field, value.Bytes)], $"{form.Action} {field}={value}");
            }

            // The field twice, with conflicting values.
            await SubmitAsync(form, [.. others.Select(Pair), (field, "1"u8.ToArray()), (field, Encoding.UTF8.GetBytes(HostileValues.ScriptMarker))], $"{form.Action} {field} duplicated");
        }

        // Every field missing but the token; and an unknown extra field.
        await SubmitAsync(form, [.. baseline.Select(Pair)], $"{form.Action} all fields missing");
        await SubmitAsync(form, [.. hidden.Select(Pair), ("Unexpected[0].Field", Encoding.UTF8.GetBytes(HostileValues.ScriptMarker))], $"{form.Action} unknown field");
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> FreshHiddenFieldsAsync(DiscoveredForm form)
    {
        using var response = await SendAsync(HttpMethod.Get, form.FoundOn, content: null, $"reload {form.FoundOn}");
        var document = await response.ReadHtmlAsync();
        var fresh = document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Select(f => Describe(form.FoundOn, f))
            .FirstOrDefault(f => f.Action == form.Action && f.Method == form.Method);
        return fresh?.Hidden ?? form.Hidden;
    }

    private async Task SubmitAsync(DiscoveredForm form, List<(string Name, byte[] Value)> pairs, string label)
    {
        var body = string.Join('&', pairs.Select(p => $"{HostileValues.PercentEncode(p.Name)}={HostileValues.PercentEncode(p.Value)}"));
        if (form.Method == "get")
        {
            var separator = form.Action.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            using var _ = await SendAsync(HttpMethod.Get, $"{form.Action}{separator}{body}", content: null, label);
            return;
        }

        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var __ = await SendAsync(HttpMethod.Post, form.Action, content, label);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, string label)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        var response = await client.SendAsync(request);
        RequestsSent++;
        await response.Content.LoadIntoBufferAsync();
        if ((int)response.StatusCode >= 500)
        {
            _failures.Add($"{label}: {(int)response.StatusCode}");
        }
        else if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            _failures.Add($"{label}: 429 (raise the rate limits for the fuzz site)");
        }

        var text = await response.Content.ReadAsStringAsync();
        if (text.Contains(HostileValues.ScriptMarker, StringComparison.OrdinalIgnoreCase))
        {
            _failures.Add($"{label}: echoed {HostileValues.ScriptMarker} unencoded");
        }

        return response;
    }

    private static (string, byte[]) Pair(KeyValuePair<string, string> field) => (field.Key, Encoding.UTF8.GetBytes(field.Value));

    private static bool IsAntiforgery(string name) => name == "__RequestVerificationToken";

    private static DiscoveredForm Describe(string foundOn, IHtmlFormElement form)
    {
        var action = form.GetAttribute("action");
        var method = (form.GetAttribute("method") ?? "get").Trim().ToLowerInvariant();
        var target = string.IsNullOrEmpty(action) ? foundOn : Internal(foundOn, action) ?? foundOn;
        var named = form.Elements.Where(e => !string.IsNullOrEmpty(e.GetAttribute("name"))).ToList();
        var hidden = named.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        var fields = named
            .Where(e => e is not IHtmlInputElement { Type: "hidden" or "submit" or "button" or "reset" or "image" } and not IHtmlButtonElement)
            .Select(e => e.GetAttribute("name")!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new DiscoveredForm(foundOn, method == "post" ? "post" : "get", target, fields, hidden);
    }

    /// <summary>The site-relative form of an internal link, or null for external, fragment-only and excluded ones.</summary>
    private static string? Internal(string from, string href)
    {
        var baseUri = new Uri(new Uri("http://localhost/"), from);
        if (!Uri.TryCreate(baseUri, href, out var target) || target.Host != "localhost" || target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return target.PathAndQuery;
    }

    /// <summary>True when a crawled path must be skipped.</summary>
    public bool IsExcluded(string url) => ExcludedPaths.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
