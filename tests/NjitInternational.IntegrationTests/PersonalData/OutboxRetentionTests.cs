using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Enquiries;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.IntegrationTests.PersonalData;

/// <summary>The retention job also empties the outbox of sent and failed messages older than the retention period.</summary>
public class OutboxRetentionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Retention_DeletesOldSentAndFailedMail_KeepsRecentAndQueuedMail_AndAuditsTheCount()
    {
        var now = SiteFactory.DefaultNow.UtcDateTime;
        OutboxMessage Make(string subject, OutboxStatus status, DateTime created) => new()
        {
            Kind = MailKinds.EnquiryReply,
            To = "old.enquirer@example.test",
            Subject = subject,
            TextBody = "text",
            HtmlBody = "<p>html</p>",
            Culture = "en",
            Status = status,
            CreatedAtUtc = created,
            NextAttemptAtUtc = created,
        };
        await site.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(
                Make("old sent", OutboxStatus.Sent, now.AddDays(-731)),
                Make("old failed", OutboxStatus.Failed, now.AddDays(-731)),
                Make("old queued", OutboxStatus.Queued, now.AddDays(-731)),
                Make("recent sent", OutboxStatus.Sent, now.AddDays(-729)));
            await db.SaveChangesAsync();
        });

        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EnquiryRetention>().PruneAsync(CancellationToken.None);
        }

        var left = await site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == "old.enquirer@example.test").Select(m => m.Subject).OrderBy(s => s).ToListAsync());
        Assert.Equal(["old queued", "recent sent"], left);
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == EnquiryRetention.AuditAction));
        Assert.Contains("and 2 sent or failed mail messages", audit.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("old.enquirer", audit.Summary, StringComparison.Ordinal);
    }
}
