using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;
using static NjitInternational.IntegrationTests.Mail.MailTestSupport;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>Without Mail:Smtp:Host nothing is lost: messages wait in the outbox and the dashboard says why.</summary>
public class MailNotConfiguredTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task WithoutAnSmtpHost_MessagesStayQueued_AndTheDashboardSaysMailIsNotConfigured()
    {
        const string Topic = "Waiting for a mail server";
        using (var response = await SubmitEnquiryAsync(site, Topic))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<Web.Features.Mail.MailOutboxJob>().TryRunAsync(CancellationToken.None));
        }

        var message = Assert.Single(await OutboxAsync(site, Topic));
        Assert.Equal(OutboxStatus.Queued, message.Status);
        Assert.Equal(0, message.Attempts);

        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var dashboard = await client.GetHtmlAsync("/admin");
        Assert.Contains("Mail is not configured", dashboard.QuerySelector(".mail-not-configured")!.TextContent, StringComparison.Ordinal);
    }
}
