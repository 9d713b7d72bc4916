namespace NjitInternational.Web.Features.Reminders;

public sealed record ReminderPanels(IReadOnlyList<ReminderItem> ExpiringAgreements, IReadOnlyList<ReminderItem> OverdueReviews, DateOnly Today);
