using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.IntegrationTests.Admin;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>/admin/mail: the outbox with its errors, and an audited resend, for administrators only.</summary>
public class MailAdminTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    [Fact]
    public async Task PermanentRefusal_IsMarkedFailedAtOnce_ShownWithItsError_AndResendIsAudited()
    {
        long id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var message = scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .Add(new OutgoingMail(MailKinds.EnquiryReply, "refuse-me@example.test", "Refused reply", "text", "<p>html</p>", "en"));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            id = message.Id;
        }

        await site.RunSenderAsync();
        var failed = await site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550", failed.LastError, StringComparison.Ordinal);

        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using (var forbidden = await editor.GetAsync(AdminForms.Url("/admin/mail")))
        {
            Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
            Assert.Contains("access-denied", forbidden.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var (admin, administrator) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var page = await admin.GetHtmlAsync("/admin/mail?filter=failed");
        var row = page.QuerySelector($"tr[data-message-id='{id}']")!;
        Assert.Contains("550", row.QuerySelector(".mail-error")!.TextContent, StringComparison.Ordinal);

        using (var resent = await AdminForms.SubmitAsync(admin, "/admin/mail?filter=failed", $"/admin/mail/{id}/resend"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }

        var queued = await site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Queued, queued.Status);
        Assert.Equal(0, queued.Attempts);
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "MailResent" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(administrator.Email, audit.UserName);
    }
}
