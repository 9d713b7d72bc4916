using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>Two instances of the site (two hosts, one SQLite file, one SMTP server).</summary>
public sealed class TwoMailInstances : IAsyncLifetime
{
    public MailSiteFactory A { get; } = new();

    public MailSiteFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)A).InitializeAsync();
        _ = A.Services;
        B = A.SecondInstance();
        _ = B.Services;
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }

    /// <summary>Queues <paramref name="count"/> messages in one save, through instance A.</summary>
    public async Task QueueAsync(string prefix, int count)
    {
        await using var scope = A.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        for (var i = 1; i <= count; i++)
        {
            outbox.Add(new OutgoingMail(MailKinds.EnquiryReceived, "office@njit.test", $"{prefix} {i:00}", "text", "<p>html</p>", "en"));
        }

        await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
    }
}

public class TwoInstanceMailTests(TwoMailInstances sites) : IClassFixture<TwoMailInstances>
{
    [Fact]
    public async Task BothInstancesRunningTheSender_DeliverEachMessageExactlyOnce()
    {
        await sites.QueueAsync("Leased message", 20);

        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(Task.Run(sites.A.RunSenderAsync), Task.Run(sites.B.RunSenderAsync));
            // Past the lease: the next round may go to either instance.
            sites.A.Clock.Advance(TimeSpan.FromSeconds(20));
            sites.B.Clock.Advance(TimeSpan.FromSeconds(20));
        }

        AssertEachDeliveredOnce("Leased message", 20);
        Assert.Equal(20, await sites.A.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Leased message") && m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task TwoSendersOutsideTheLease_StillNeverSendAMessageTwice()
    {
        // The per-message claim alone: both dispatchers run at once over the same queued rows.
        await sites.QueueAsync("Claimed message", 30);

        await Task.WhenAll(Task.Run(() => DispatchAsync(sites.A)), Task.Run(() => DispatchAsync(sites.B)));

        AssertEachDeliveredOnce("Claimed message", 30);
    }

    private static async Task<int> DispatchAsync(MailSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);
    }

    private void AssertEachDeliveredOnce(string prefix, int count)
    {
        var subjects = sites.A.Smtp.Messages().Select(m => m.Subject ?? string.Empty).Where(s => s.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(count, subjects.Count);
        Assert.Equal(count, subjects.Distinct(StringComparer.Ordinal).Count());
    }
}
