using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Identity;

internal static class IdentityExtensions
{
    public const string LoginPath = "/admin/account/login";
    public const string ChangePasswordPath = "/admin/account/change-password";

    /// <summary>Over HTTPS: the __Host- prefix pins the cookie to this host, path / and Secure.</summary>
    public const string SecureCookieName = "__Host-njit-auth";

    /// <summary>Development and Testing run over plain HTTP, where a __Host- cookie would be dropped.</summary>
    public const string PlainCookieName = "njit-auth";

    public static readonly TimeSpan InactivityTimeout = TimeSpan.FromMinutes(30);

    public static IServiceCollection AddAppIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Length over composition (NIST SP 800-63B): 12 to 128 characters, no rules, not a
                // common password (the two extra validators below).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // Reset links: one hour, single use, on the site's clock (PasswordResetTokenProvider).
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<StaffUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator<AppUser>>()
            .AddPasswordValidator<CommonPasswordValidator<AppUser>>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/admin/account/logout";
            cookie.AccessDeniedPath = "/admin/account/access-denied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = InactivityTimeout;
            // Stamp, disabled flag and absolute lifetime on every request (see StaffSessionValidator).
            cookie.Events.OnValidatePrincipal = StaffSessionValidator.ValidateAsync;
        });

        // Environment- and clock-dependent cookie settings: read from DI so tests' FakeTimeProvider
        // drives expiry, and so Production always sends a Secure __Host- cookie.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider, IHostEnvironment>((cookie, clock, environment) =>
            {
                cookie.TimeProvider = clock;
                var plainHttp = environment.IsDevelopment() || environment.IsEnvironment("Testing");
                cookie.Cookie.Name = plainHttp ? PlainCookieName : SecureCookieName;
                cookie.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });
        services.AddScoped<Features.Accounts.AccountAudit>();
        services.AddScoped<Features.Accounts.CreateAdminCommand>();
        return services;
    }
}
