using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using NjitInternational.TestSupport;
using NjitInternational.Web.Areas.Admin.Controllers;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

/// <summary>
/// Enumerates every action of every admin controller by reflection (so controllers added later
/// are covered automatically) and proves: anonymous visitors are sent to the login page, editors
/// get the access-denied page on Administrator actions and pass authorization on Staff actions,
/// and only the sign-in pages allow anonymous access.
/// </summary>
public partial class AdminAuthorizationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public sealed record AdminEndpoint(string Controller, string Action, string Method, string Url, string Policy, bool AllowAnonymous)
    {
        public override string ToString() => $"{Method} {Url} ({Controller}.{Action})";
    }

    private static readonly string[] AnonymousAllowList =
    [
        "GET /admin/account/login",
        "POST /admin/account/login",
        "GET /admin/account/access-denied",
        "GET /admin/account/login/emergency",
        "POST /admin/account/external",
        "GET /admin/account/external/callback",
        "GET /admin/account/external/refused",
        "GET /admin/account/forgot-password",
        "POST /admin/account/forgot-password",
        "GET /admin/account/forgot-password/sent",
        "GET /admin/account/reset-password",
        "POST /admin/account/reset-password",
        // The second step of a password sign-in (the pending user is in the short-lived two-factor cookie).
        "GET /admin/account/login/code",
        "POST /admin/account/login/code",
        "GET /admin/account/login/recovery",
        "POST /admin/account/login/recovery",
        // Passkey sign-in: the WebAuthn challenge, then the signed assertion.
        "POST /admin/account/login/passkey-options",
        "POST /admin/account/login/passkey",
    ];

    public static IReadOnlyList<AdminEndpoint> Endpoints() =>
        typeof(AdminController).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AdminController)) && !t.IsAbstract)
            .SelectMany(EndpointsOf)
            .ToList();

    private static IEnumerable<AdminEndpoint> EndpointsOf(Type controller)
    {
        var prefix = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? string.Empty;
        var controllerPolicy = controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).LastOrDefault(p => p == AuthorizationPolicies.Administrator)
            ?? AuthorizationPolicies.Staff;
        var controllerAnonymous = controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
        foreach (var method in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (method.IsSpecialName || method.GetCustomAttribute<NonActionAttribute>() is not null)
            {
                continue;
            }

            var policy = method.GetCustomAttributes<AuthorizeAttribute>().Any(a => a.Policy == AuthorizationPolicies.Administrator)
                ? AuthorizationPolicies.Administrator
                : controllerPolicy;
            var anonymous = controllerAnonymous || method.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var verbs = method.GetCustomAttributes<HttpMethodAttribute>().ToList();
            if (verbs.Count == 0)
            {
                throw new InvalidOperationException($"{controller.Name}.{method.Name} has no [HttpGet]/[HttpPost]: every admin action must declare its method and route.");
            }

            foreach (var verb in verbs)
            {
                var template = verb.Template ?? string.Empty;
                var path = template.StartsWith('/') ? template : $"/{prefix}/{template}".TrimEnd('/');
                foreach (var httpMethod in verb.HttpMethods)
                {
                    yield return new AdminEndpoint(controller.Name, method.Name, httpMethod, Concrete(path), policy, anonymous);
                }
            }
        }
    }

    /// <summary>Substitutes sample values for route parameters: numbers for ids and int constraints, "x" otherwise.</summary>
    private static string Concrete(string path) =>
        RouteParameter().Replace(path, m =>
        {
            var name = m.Groups["name"].Value;
            var constraint = m.Groups["constraint"].Value;
            return constraint.StartsWith("int", StringComparison.Ordinal) || constraint.StartsWith("long", StringComparison.Ordinal)
                || name.Equals("id", StringComparison.OrdinalIgnoreCase) ? "1" : "x";
        }).Replace("//", "/", StringComparison.Ordinal);

    [Fact]
    public void Reflection_FindsTheKnownAdminControllers()
    {
        var controllers = Endpoints().Select(e => e.Controller).Distinct().ToList();

        Assert.Contains(nameof(AccountController), controllers);
        Assert.Contains(nameof(DashboardController), controllers);
        Assert.Contains(nameof(UsersController), controllers);
        Assert.Contains(nameof(EnquiriesController), controllers);
        Assert.Contains(nameof(AuditController), controllers);
        Assert.Contains(Endpoints(), e => e.Url == "/admin/users/1/disable" && e.Method == "POST" && e.Policy == AuthorizationPolicies.Administrator);
    }

    [Fact]
    public void OnlyTheSignInPages_AllowAnonymousVisitors()
    {
        var anonymous = Endpoints().Where(e => e.AllowAnonymous).Select(e => $"{e.Method} {e.Url}").Order(StringComparer.Ordinal);

        Assert.Equal(AnonymousAllowList.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public async Task EveryAdminAction_SendsAnonymousVisitorsToTheLoginPage()
    {
        var client = site.CreateBrowserLikeClient();
        var token = (await client.GetHtmlAsync("/admin/account/login")).AntiforgeryToken();
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => !e.AllowAnonymous))
        {
            using var response = await SendAsync(client, endpoint, token);
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/admin/account/login", StringComparison.Ordinal))
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode} {location}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EditorsAreRefused_EveryAdministratorAction_AndAllowed_EveryStaffAction()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var token = (await client.GetHtmlAsync("/admin")).AntiforgeryToken();
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => !e.AllowAnonymous))
        {
            if (endpoint.Policy == AuthorizationPolicies.Administrator)
            {
                // With a valid token: only authorization can stop it.
                using var response = await SendAsync(client, endpoint, token);
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/admin/account/access-denied", StringComparison.Ordinal))
                {
                    failures.Add($"{endpoint}: expected access denied, got {(int)response.StatusCode} {location}");
                }
            }
            else
            {
                // Staff POSTs go without a token: passing authorization shows as the antiforgery 400,
                // and nothing changes (so sign-out does not end this test's session).
                using var response = await SendAsync(client, endpoint, endpoint.Method == "GET" ? token : null);
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                if (response.StatusCode == HttpStatusCode.Forbidden
                    || location.Contains("/admin/account/access-denied", StringComparison.Ordinal)
                    || location.Contains("/admin/account/login", StringComparison.Ordinal)
                    || (endpoint.Method != "GET" && response.StatusCode != HttpStatusCode.BadRequest))
                {
                    failures.Add($"{endpoint}: expected to pass authorization, got {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.Empty(failures);
        using var stillSignedIn = await client.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AdminEndpoint endpoint, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
        if (endpoint.Method != "GET" && endpoint.Method != "HEAD")
        {
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_]+)(?::(?<constraint>[^}]*))?\??\}")]
    private static partial Regex RouteParameter();
}
