namespace NjitInternational.Web.Features.Dashboard;

public sealed record DashboardViewModel(
    IReadOnlyList<ContentStatusCounts> Counts,
    IReadOnlyList<RecentChange> RecentChanges,
    int UnreadEnquiries)
{
    /// <summary>Expiring agreements and overdue reviews (Features/Reminders).</summary>
    public Reminders.ReminderPanels? Reminders { get; init; }

    /// <summary>Internal links to missing or unpublished pages (Features/Reminders).</summary>
    public IReadOnlyList<Reminders.BrokenLink>? BrokenLinks { get; init; }

    /// <summary>Published records with a missing or out-of-date Chinese translation (Features/Translations).</summary>
    public int TranslationsToDo { get; init; }

    /// <summary>False when Mail:Smtp:Host is unset: messages wait in the outbox (Features/Mail).</summary>
    public bool MailConfigured { get; init; } = true;

    public int MailQueued { get; init; }

    public int MailFailed { get; init; }
}
