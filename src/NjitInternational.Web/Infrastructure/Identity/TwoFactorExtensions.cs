using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using NjitInternational.Web.Features.Accounts;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>Second factors: authenticator apps (TOTP), recovery codes and passkeys (WebAuthn).</summary>
internal static class TwoFactorExtensions
{
    public const string TwoFactorEnrolmentPath = "/admin/account/security/authenticator";

    /// <summary>The <c>amr</c> value (RFC 8176, "proof-of-possession of a hardware-secured key") of a passkey sign-in.</summary>
    public const string PasskeyMethod = "hwk";

    public static IServiceCollection AddAppTwoFactor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName));
        services.AddTransient<TimeStepAuthenticatorTokenProvider>();
        services.Configure<IdentityOptions>(options =>
        {
            // Schema version 3: the AspNetUserPasskeys table (AppDbContext fixes the model at 3 too).
            options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            options.Tokens.ProviderMap[TimeStepAuthenticatorTokenProvider.ProviderName] =
                new TokenProviderDescriptor(typeof(TimeStepAuthenticatorTokenProvider));
            options.Tokens.AuthenticatorTokenProvider = TimeStepAuthenticatorTokenProvider.ProviderName;
        });
        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // The relying party is the host the browser sees (Passkeys:ServerDomain overrides it
            // behind a proxy that rewrites Host). A passkey must verify its user (PIN, fingerprint),
            // which is why a passkey sign-in counts as two factors.
            options.ServerDomain = configuration["Passkeys:ServerDomain"] is { Length: > 0 } domain ? domain : null;
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
        });

        // The short-lived cookie that carries "password done, code pending" and the passkey
        // ceremony's challenge: the same transport rules as the session cookie.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<TimeProvider, IHostEnvironment>((cookie, clock, environment) =>
            {
                var plainHttp = environment.IsDevelopment() || environment.IsEnvironment("Testing");
                cookie.TimeProvider = clock;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });
        services.AddScoped<TwoFactorEnrolment>();
        return services;
    }
}
