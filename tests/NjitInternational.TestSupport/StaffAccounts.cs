using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.TestSupport;

/// <summary>Creates staff accounts and signs them in through the real login form.</summary>
public static class StaffAccounts
{
    /// <summary>The password of every account these helpers create (long, not on the common list).</summary>
    public const string Password = "plum-harbour-lantern-47";

    public static async Task<AppUser> CreateAsync(SiteFactory site, string role, string? email = null, bool mustChangePassword = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@njit.test";
        var user = new AppUser { UserName = email, Email = email, DisplayName = role, MustChangePassword = mustChangePassword };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>Posts the login form (with its antiforgery token) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetHtmlAsync("/admin/account/login");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/admin/account/login']")!;
        return await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as a new account in <paramref name="role"/>.</summary>
    public static async Task<(HttpClient Client, AppUser User)> SignedInClientAsync(SiteFactory site, string role)
    {
        ArgumentNullException.ThrowIfNull(site);
        var user = await CreateAsync(site, role);
        var client = site.CreateBrowserLikeClient();
        using var response = await SignInAsync(client, user.Email!, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} answered {(int)response.StatusCode}");
        }

        return (client, user);
    }
}
