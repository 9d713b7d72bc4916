using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using NjitInternational.TestIdentityProvider;

namespace NjitInternational.TestSupport.Oidc;

/// <summary>
/// Walks the sign-in the way a browser does, over real HTTP to the provider: the site's button
/// (a form post with its antiforgery token), the provider's authorize endpoint and login form, and
/// the redirect back to the site, each redirect followed by hand with each side's cookies kept.
/// Steps are separate so tests can change the answer on its way back (state, a replayed code).
/// </summary>
public sealed class OidcSignInDriver : IDisposable
{
    public static readonly Uri SiteBase = new("http://localhost/");

    private readonly HttpClientHandler _providerHandler;

    public OidcSignInDriver(SiteFactory site, CookieContainer? siteCookies = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        SiteCookies = siteCookies ?? new CookieContainer();
        Site = site.CreateDefaultClient(SiteBase, new CookieContainerHandler(SiteCookies));
        _providerHandler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = ProviderCookies, UseCookies = true };
        Provider = new HttpClient(_providerHandler);
    }

    public CookieContainer SiteCookies { get; }

    public CookieContainer ProviderCookies { get; } = new();

    /// <summary>The site (in-process test server); redirects are not followed.</summary>
    public HttpClient Site { get; }

    /// <summary>The provider (Kestrel on loopback); redirects are not followed.</summary>
    public HttpClient Provider { get; }

    /// <summary>True when the site has set its staff session cookie.</summary>
    public bool HasSessionCookie => SiteCookies.GetCookies(SiteBase).Any(c => c.Name == "njit-auth" && !c.Expired && c.Value.Length > 0);

    /// <summary>Presses "Sign in with …" on the sign-in page; returns the provider's authorize address.</summary>
    public async Task<Uri> PressSignInButtonAsync(string? returnUrl = null)
    {
        var page = await Site.GetHtmlAsync("/admin/account/login" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var form = page.QuerySelector("form[action='/admin/account/external']") as IHtmlFormElement
            ?? throw new InvalidOperationException("The sign-in page has no provider button.");
        using var response = await Site.SubmitFormAsync(form, []);
        return RedirectTarget(response, "the sign-in button");
    }

    /// <summary>At the provider: signs in as <paramref name="userName"/> (or cancels); returns the site callback address.</summary>
    public async Task<Uri> SignInAtProviderAsync(Uri authorize, string userName, bool cancel = false)
    {
        ArgumentNullException.ThrowIfNull(authorize);
        var next = authorize;
        for (var hop = 0; hop < 10; hop++)
        {
            if (next.Host != authorize.Host || next.Port != authorize.Port)
            {
                return next;
            }

            using var response = await Provider.GetAsync(next);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var login = await response.ReadHtmlAsync();
                var form = (IHtmlFormElement)login.QuerySelector("form[action='/login']")!;
                var values = new Dictionary<string, string> { ["username"] = userName, ["password"] = TestOidcProvider.Password };
                if (cancel)
                {
                    values["cancel"] = "1";
                }

                var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
                foreach (var (key, value) in values)
                {
                    fields[key] = value;
                }

                using var content = new FormUrlEncodedContent(fields);
                using var posted = await Provider.PostAsync(new Uri(next, "/login"), content);
                next = RedirectTarget(posted, "the provider's login form");
                continue;
            }

            next = RedirectTarget(response, "the provider");
        }

        throw new InvalidOperationException("Too many redirects at the provider.");
    }

    /// <summary>Follows the site's redirects from <paramref name="address"/> until a page answers; returns that page's response.</summary>
    public async Task<SiteAnswer> FollowSiteAsync(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var next = address;
        var visited = new List<Uri>();
        for (var hop = 0; hop < 10; hop++)
        {
            visited.Add(next);
            var response = await Site.GetAsync(next);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                var target = new Uri(next, response.Headers.Location!);
                response.Dispose();
                if (target.Host != SiteBase.Host)
                {
                    return new SiteAnswer(null, visited, target);
                }

                next = target;
                continue;
            }

            return new SiteAnswer(response, visited, null);
        }

        throw new InvalidOperationException("Too many redirects at the site.");
    }

    /// <summary>The whole sign-in as <paramref name="userName"/>: button, provider, back to the site.</summary>
    public async Task<SiteAnswer> SignInAsync(string userName)
    {
        var authorize = await PressSignInButtonAsync();
        var callback = await SignInAtProviderAsync(authorize, userName);
        return await FollowSiteAsync(callback);
    }

    private static Uri RedirectTarget(HttpResponseMessage response, string what)
    {
        if (response.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode} without a redirect.");
        }

        return location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
    }

    public void Dispose()
    {
        Site.Dispose();
        Provider.Dispose();
        _providerHandler.Dispose();
    }
}

/// <summary>Where following the site's redirects ended: a page (<see cref="Response"/>) or a redirect off the site.</summary>
public sealed record SiteAnswer(HttpResponseMessage? Response, IReadOnlyList<Uri> Visited, Uri? LeftSiteFor)
{
    public Uri FinalAddress => Visited[^1];
}
