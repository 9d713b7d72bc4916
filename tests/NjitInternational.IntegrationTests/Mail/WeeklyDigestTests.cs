using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Mail;

internal static class DigestRun
{
    public static async Task<int> RunAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(CancellationToken.None);
    }
}

/// <summary>The weekly summary: what needs attention, to each editor and administrator who wants it, once a week.</summary>
public class WeeklyDigestTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    [Fact]
    public async Task Digest_ListsTheExpiringAgreement_InEachRecipientsLanguage_OncePerWeek_AndNotToThoseWhoTurnedItOff()
    {
        var partner = await site.WithDbAsync(async db =>
        {
            var p = await db.Partners.OrderBy(x => x.Id).FirstAsync();
            p.AgreementValidUntil = new DateOnly(2026, 11, 28).AddDays(30);
            await db.SaveChangesAsync();
            return p.Name;
        });
        var editor = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var chineseAdmin = await StaffAccounts.CreateAsync(site, StaffRoles.Administrator);
        var optedOut = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        await site.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == chineseAdmin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "zh-CN"));
            await db.Users.Where(u => u.Id == optedOut.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigestOff, true));
        });

        Assert.True(await DigestRun.RunAsync(site) >= 2);
        Assert.Equal(0, await DigestRun.RunAsync(site));
        await site.RunSenderAsync();

        var english = Assert.Single(site.Smtp.MessagesTo(editor.Email!));
        Assert.StartsWith("Weekly summary:", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Agreements ending within 90 days", english.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{partner}: 2026-12-28", english.TextBody, StringComparison.Ordinal);
        var chinese = Assert.Single(site.Smtp.MessagesTo(chineseAdmin.Email!));
        Assert.StartsWith("每周摘要：", chinese.Subject, StringComparison.Ordinal);
        Assert.Contains("90天内到期的合作协议", chinese.TextBody, StringComparison.Ordinal);
        Assert.Empty(site.Smtp.MessagesTo(optedOut.Email!));

        // A week later: a new summary.
        site.Clock.Advance(TimeSpan.FromDays(7));
        Assert.True(await DigestRun.RunAsync(site) >= 2);
        await site.RunSenderAsync();
        Assert.Equal(2, site.Smtp.MessagesTo(editor.Email!).Count);
    }
}

/// <summary>An unseeded site: no agreements, reviews, enquiries or links, so no summary.</summary>
public class WeeklyDigestNothingToSayTests(EmptyMailSiteFactory site) : IClassFixture<EmptyMailSiteFactory>
{
    [Fact]
    public async Task Digest_SendsNothing_WhenThereIsNothingToSay_ButDoesOnceThereIsAnUnreadEnquiry()
    {
        var editor = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);

        Assert.Equal(0, await DigestRun.RunAsync(site));
        Assert.False(await site.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == MailKinds.WeeklyDigest)));

        await site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(new Enquiry { Name = "N", Email = "n@example.test", Message = "m", ConsentGiven = true, SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime });
            await db.SaveChangesAsync();
        });
        Assert.Equal(1, await DigestRun.RunAsync(site));
        await site.RunSenderAsync();
        Assert.Contains("Unread enquiries: 1", Assert.Single(site.Smtp.MessagesTo(editor.Email!)).TextBody, StringComparison.Ordinal);
    }
}
