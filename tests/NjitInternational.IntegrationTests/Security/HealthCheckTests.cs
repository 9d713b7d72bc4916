using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Security;

public class HealthCheckTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthySite_AnswersOneWord(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Mutates the migrations history, so it has its own site.</summary>
public class HealthCheckPendingMigrationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Readiness_IsUnhealthy_WhileAMigrationIsPending_ButLivenessIsNot()
    {
        var forgotten = await site.WithDbAsync(async db =>
        {
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}");
            return last;
        });

        var client = site.CreateClient();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.NotEmpty(forgotten);
    }
}
