using System.Net;
using Microsoft.AspNetCore.Hosting;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.ExternalSignIn;

/// <summary>
/// A provider with an authority but no client registration stops the site at start (the options
/// are validated on start; the message naming the settings is in the start-up log), while the same
/// site with the registration starts (the provider itself is only contacted at the first sign-in).
/// </summary>
public sealed class OidcMisconfigurationTests
{
    private sealed class ProviderSiteFactory(bool withClient) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:Oidc:Authority", "https://idp.example.edu/");
            if (withClient)
            {
                builder.UseSetting("Authentication:Oidc:ClientId", "njit-international");
                builder.UseSetting("Authentication:Oidc:ClientSecret", "secret");
            }
        }
    }

    [Fact]
    public async Task AuthorityWithoutClientIdOrSecret_StopsTheSiteAtStart()
    {
        await using var halfConfigured = new ProviderSiteFactory(withClient: false);
        await using var complete = new ProviderSiteFactory(withClient: true);

        Assert.ThrowsAny<InvalidOperationException>(() => halfConfigured.CreateClient());
        using var client = complete.CreateClient();
        using var response = await client.GetAsync(new Uri("/admin/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
