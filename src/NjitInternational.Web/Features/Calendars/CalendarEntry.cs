namespace NjitInternational.Web.Features.Calendars;

/// <summary>What a calendar event stands for; part of its UID, so each kind keeps its own event.</summary>
public enum CalendarEntryKind
{
    ApplicationsOpen,
    ApplicationsClose,
    Conference,
}

/// <summary>
/// One event of a calendar file, already in the page's language. <paramref name="RecordKey"/> is
/// the record's type and id ("programme-12"), never its slug or title, so an event keeps its UID
/// when staff rename a record. <paramref name="Path"/> is the unprefixed public page
/// ("/programmes/x"); <paramref name="UpdatedAtUtc"/> the record's update stamp.
/// </summary>
public sealed record CalendarEntry(
    string RecordKey,
    CalendarEntryKind Kind,
    string Title,
    string? Summary,
    DateOnly Start,
    DateOnly? End,
    string Path,
    DateTime UpdatedAtUtc);
