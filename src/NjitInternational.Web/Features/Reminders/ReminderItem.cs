using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Reminders;

/// <summary>One dated reminder; <see cref="DaysLeft"/> is negative once the date has passed.</summary>
public sealed record ReminderItem(ReminderKind Kind, string ContentType, string Title, DateOnly Date, int DaysLeft, string EditUrl, PublicationStatus Status)
{
    public bool IsOverdue => DaysLeft < 0;
}
