using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Features.Reminders;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// The weekly summary to every editor and administrator who has not turned it off: agreements
/// ending within 90 days, overdue reviews, unread enquiries and broken internal links (the
/// dashboard's own queries). Nothing is sent when there is nothing to say. Each person's message
/// carries a key of the ISO week (Nanjing time), unique in the outbox, so running it again in the
/// same week, on any instance, queues nothing more.
/// </summary>
public sealed class WeeklyDigest(
    AppDbContext db,
    ReminderQuery reminders,
    LinkCheckQuery links,
    MailOutbox outbox,
    MailComposer composer,
    MailLinks mailLinks,
    TimeProvider clock)
{
    /// <returns>Messages queued by this run.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var content = await ContentAsync(cancellationToken);
        if (content.IsEmpty)
        {
            return 0;
        }

        var today = ApplicationWindow.TodayInNanjing(clock).ToDateTime(TimeOnly.MinValue);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today):00}");
        var recipients = await (
            from user in db.Users.AsNoTracking()
            where !user.IsDisabled && !user.WeeklyDigestOff && user.Email != null
            where (from userRole in db.UserRoles
                   join role in db.Roles on userRole.RoleId equals role.Id
                   where userRole.UserId == user.Id && (role.Name == StaffRoles.Editor || role.Name == StaffRoles.Administrator)
                   select userRole).Any()
            select new { user.Id, user.Email, user.PreferredCulture })
            .ToListAsync(cancellationToken);
        var keys = recipients.ToDictionary(r => r.Id, r => $"digest:{week}:{r.Id}");
        var done = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith($"digest:{week}:"))
            .Select(m => m.DeduplicationKey!)
            .ToListAsync(cancellationToken);
        var origin = mailLinks.Origin(null);
        var queued = 0;
        foreach (var recipient in recipients.Where(r => !done.Contains(keys[r.Id]) && MailHeaders.IsSingleAddress(r.Email)))
        {
            outbox.Add(composer.WeeklyDigest(recipient.Email!, recipient.PreferredCulture, content, origin, keys[recipient.Id]));
            queued++;
        }

        if (queued > 0)
        {
            // The unique key refuses a second instance's copy: the whole save fails, nothing twice.
            await db.SaveChangesAsync(cancellationToken);
        }

        return queued;
    }

    public async Task<WeeklyDigestContent> ContentAsync(CancellationToken cancellationToken)
    {
        var panels = await reminders.GetPanelsAsync(cancellationToken);
        var broken = await links.GetAsync(cancellationToken);
        var unread = await db.Enquiries.CountAsync(e => !e.IsRead, cancellationToken);
        static string Line(ReminderItem item) => string.Create(CultureInfo.InvariantCulture, $"{item.Title}: {item.Date:yyyy-MM-dd}");
        return new WeeklyDigestContent(
            [.. panels.ExpiringAgreements.Select(Line)],
            [.. panels.OverdueReviews.Select(Line)],
            unread,
            [.. broken.Select(b => $"{b.Title}: {b.Link} ({b.Reason})")]);
    }
}

/// <summary>Runs the digest under the job lease every hour; the weekly key makes all but the first run of a week a no-op.</summary>
public sealed partial class WeeklyDigestService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WeeklyDigestService> logger) : BackgroundService
{
    public const string JobName = "weekly-digest";

    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var lease = scope.ServiceProvider.GetRequiredService<Infrastructure.BackgroundJobs.IJobLease>();
                if (await lease.TryAcquireAsync(JobName, Interval, stoppingToken))
                {
                    await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "The weekly digest run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
