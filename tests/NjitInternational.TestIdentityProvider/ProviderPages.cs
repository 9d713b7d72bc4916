using System.Net;

namespace NjitInternational.TestIdentityProvider;

/// <summary>The provider's one page: a plain, accessible login form (no script, no styles).</summary>
internal static class ProviderPages
{
    public static string Login(string? returnUrl, string? error)
    {
        var message = error is null ? string.Empty : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test identity provider: sign in</title></head>
            <body>
            <main>
            <h1>Test identity provider</h1>
            {{message}}
            <form method="post" action="/login">
              <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl ?? string.Empty)}}">
              <p><label for="username">User name</label> <input id="username" name="username" autocomplete="username"></p>
              <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
              <p><button type="submit">Continue</button> <button type="submit" name="cancel" value="1">Cancel</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
    }
}
