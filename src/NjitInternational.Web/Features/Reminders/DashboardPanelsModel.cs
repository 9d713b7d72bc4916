namespace NjitInternational.Web.Features.Reminders;

/// <summary>The dashboard's reminder and link-check panels.</summary>
public sealed record DashboardPanelsModel(ReminderPanels Reminders, IReadOnlyList<BrokenLink> BrokenLinks)
{
    /// <summary>The dashboard shows this many broken links; the link-check page shows all.</summary>
    public const int LinksShown = 10;
}
