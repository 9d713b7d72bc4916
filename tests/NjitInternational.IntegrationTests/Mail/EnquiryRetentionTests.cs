using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>Enquiries:RetentionDays (730): older enquiries and their replies are deleted, counted in the audit log.</summary>
public class EnquiryRetentionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Retention_DeletesEnquiriesOlderThan730Days_WithTheirReplies_AndAuditsOnlyTheCount()
    {
        var now = SiteFactory.DefaultNow.UtcDateTime;
        Enquiry Make(string name, DateTime at) => new() { Name = name, Email = $"{name}@example.test", Message = "m", ConsentGiven = true, SubmittedAtUtc = at };
        var old = Make("old-person", now.AddDays(-731));
        var recent = Make("recent-person", now.AddDays(-729));
        await site.WithDbAsync(async db =>
        {
            db.Enquiries.AddRange(old, recent);
            await db.SaveChangesAsync();
            db.EnquiryReplies.Add(new EnquiryReply { EnquiryId = old.Id, Body = "reply", SentBy = "staff@njit.test", SentAtUtc = now.AddDays(-730) });
            await db.SaveChangesAsync();
        });

        int deleted;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            deleted = await scope.ServiceProvider.GetRequiredService<EnquiryRetention>().PruneAsync(CancellationToken.None);
        }

        Assert.Equal(1, deleted);
        Assert.False(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == old.Id)));
        Assert.True(await site.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == recent.Id)));
        Assert.False(await site.WithDbAsync(db => db.EnquiryReplies.AnyAsync(r => r.EnquiryId == old.Id)));
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == EnquiryRetention.AuditAction));
        Assert.Contains("Deleted 1 enquiries", audit.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("old-person", audit.Summary, StringComparison.Ordinal);
    }
}
