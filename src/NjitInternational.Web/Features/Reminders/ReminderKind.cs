namespace NjitInternational.Web.Features.Reminders;

public enum ReminderKind
{
    /// <summary>A partner's cooperation agreement ends (Partner.AgreementValidUntil).</summary>
    AgreementEnds,

    /// <summary>A record's review-by date (ContentEntity.ReviewBy).</summary>
    ReviewBy,
}
