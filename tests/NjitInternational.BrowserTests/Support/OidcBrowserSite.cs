using NjitInternational.TestIdentityProvider;
using NjitInternational.TestSupport.Oidc;

namespace NjitInternational.BrowserTests.Support;

/// <summary>
/// The site on Kestrel signing in through a test OpenID Connect provider on another loopback port;
/// the provider learns the site's callback addresses once the site's port is known.
/// </summary>
public sealed class OidcBrowserSite : BrowserSite, IAsyncLifetime
{
    public OidcBrowserSite()
        : this(StartProvider())
    {
    }

    private OidcBrowserSite(TestOidcProvider provider)
        : base(new OidcSiteFactory(provider.Authority)) => Provider = provider;

    public TestOidcProvider Provider { get; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await Provider.RegisterClientAsync(BaseAddress);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Provider.DisposeAsync();
    }

    // The site's settings need the provider's address, and a fixture has no async constructor.
    private static TestOidcProvider StartProvider()
    {
        var provider = new TestOidcProvider();
        provider.StartAsync().GetAwaiter().GetResult();
        return provider;
    }
}
