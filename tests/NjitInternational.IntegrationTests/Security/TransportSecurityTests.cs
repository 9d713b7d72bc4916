using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Moq;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.IntegrationTests.Security;

/// <summary>The site as deployed (any environment but Development and Testing): HTTPS only.</summary>
public sealed class StagingSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Staging");
        builder.UseSetting("https_port", "443");
    }
}

public class TransportSecurityTests(StagingSiteFactory site) : IClassFixture<StagingSiteFactory>
{
    [Fact]
    public async Task OutsideDevelopment_PlainHttpIsRedirectedToHttps()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://njit.example/") });

        using var response = await client.GetAsync(new Uri("/en/partners?page=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://njit.example/en/partners?page=2"), response.Headers.Location);
    }

    [Fact]
    public async Task OutsideDevelopment_HttpsAnswersCarryHstsForAYearWithSubdomains()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://njit.example/") });

        using var response = await client.GetAsync(new Uri("/en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    [InlineData("Development", false)]
    [InlineData("Testing", false)]
    public void HttpsIsEnforced_EverywhereButDevelopmentAndTheTestHost(string environment, bool enforced)
    {
        var host = new Mock<IHostEnvironment>();
        host.SetupGet(h => h.EnvironmentName).Returns(environment);

        Assert.Equal(enforced, host.Object.EnforcesHttps());
    }
}
