using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Features.ExternalSignIn;

internal static class OidcServiceCollectionExtensions
{
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    /// <summary>
    /// Options, the sign-in methods, and (only when <c>Authentication:Oidc:Authority</c> is set)
    /// the OpenID Connect scheme: authorization code with PKCE, signing in to Identity's external
    /// cookie, which <c>ExternalSignInController</c> turns into a staff session or a refusal.
    /// </summary>
    public static IServiceCollection AddAppOidc(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcOptions>().Bind(configuration.GetSection(OidcOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OidcOptions>, OidcOptionsValidator>();
        services.AddOptions<LocalPasswordOptions>().Bind(configuration.GetSection(LocalPasswordOptions.SectionName));
        services.AddSingleton<SignInMethods>();
        services.AddScoped<ExternalStaffSignIn>();
        services.AddSingleton<ProviderSignOut>();

        var settings = configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, settings.DisplayName, oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            // The code comes back in the query string of a top-level GET, so the correlation and
            // nonce cookies can be SameSite=Lax (form_post needs SameSite=None); PKCE and the
            // one-time code keep a leaked address useless.
            oidc.ResponseMode = "query";
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            oidc.Scope.Add("email");
            oidc.CallbackPath = CallbackPath;
            oidc.SignedOutCallbackPath = SignedOutCallbackPath;
            // Claim names as the provider sends them: EmailClaim names a token claim.
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.TokenValidationParameters.NameClaimType = "name";
            oidc.Events.OnRemoteFailure = OidcRemoteFailure.HandleAsync;
            oidc.Events.OnTokenValidated = context =>
            {
                // Identity's external login reads the provider key from NameIdentifier: the
                // subject, stable per user (and per application at Entra ID).
                if (context.Principal?.Identity is ClaimsIdentity identity
                    && identity.FindFirst("sub")?.Value is { Length: > 0 } subject
                    && identity.FindFirst(ClaimTypes.NameIdentifier) is null)
                {
                    identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject));
                }

                return Task.CompletedTask;
            };
        });

        // Plain HTTP only where the site itself runs over plain HTTP (a developer's machine, the
        // test host with its loopback provider); everywhere else metadata and cookies need HTTPS.
        services.AddOptions<OpenIdConnectOptions>(OidcOptions.Scheme)
            .Configure<IHostEnvironment>((oidc, environment) =>
            {
                var https = environment.EnforcesHttps();
                oidc.RequireHttpsMetadata = https;
                oidc.CorrelationCookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            });
        return services;
    }
}
