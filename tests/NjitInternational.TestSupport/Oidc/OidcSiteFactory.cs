using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NjitInternational.TestIdentityProvider;
using Xunit;

namespace NjitInternational.TestSupport.Oidc;

/// <summary>The real site with OpenID Connect pointed at a running <see cref="TestOidcProvider"/>.</summary>
public class OidcSiteFactory(Uri authority, bool localPasswords = true, bool requireTwoFactorForAdministrators = false) : SiteFactory
{
    protected override bool RequireTwoFactorForAdministrators => requireTwoFactorForAdministrators;

    public const string DisplayName = "NJIT unified sign-in";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Oidc:Authority", authority.ToString());
        builder.UseSetting("Authentication:Oidc:ClientId", TestOidcProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", TestOidcProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:DisplayName", DisplayName);
        builder.UseSetting("Authentication:LocalPasswords:Enabled", localPasswords ? "true" : "false");
        // Every test of a class signs in from the same (loopback) client address.
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "1000");
    }

    /// <summary>
    /// The real clock: the provider is another server issuing tokens and codes by real time, and
    /// the correlation cookie's expiry is read by the client against real time too.
    /// </summary>
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(TimeProvider.System);
    }
}

/// <summary>
/// A started test provider and a site that signs in through it (in-process test server at
/// http://localhost, registered with the provider as the client's callback address).
/// </summary>
public class OidcSiteFixture : IAsyncLifetime
{
    public TestOidcProvider Provider { get; } = new();

    public OidcSiteFactory Site { get; private set; } = null!;

    /// <summary>False in the fixture of the "local passwords off" tests.</summary>
    protected virtual bool LocalPasswords => true;

    /// <summary>True in the fixture of the provider-and-second-factor tests, as in production.</summary>
    protected virtual bool RequireTwoFactorForAdministrators => false;

    public async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await Provider.RegisterClientAsync(new Uri("http://localhost/"));
        Site = new OidcSiteFactory(Provider.Authority, LocalPasswords, RequireTwoFactorForAdministrators);
    }

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        await Provider.DisposeAsync();
    }
}

/// <summary>Local passwords turned off: only break-glass accounts may use the password form.</summary>
public class PasswordsOffOidcSiteFixture : OidcSiteFixture
{
    protected override bool LocalPasswords => false;
}

/// <summary>Administrators must have a second factor (the production default).</summary>
public class TwoFactorOidcSiteFixture : OidcSiteFixture
{
    protected override bool RequireTwoFactorForAdministrators => true;
}
