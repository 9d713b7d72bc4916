namespace NjitInternational.TestSupport.Calendars;

/// <summary>A calendar file as Python's icalendar read it (see <see cref="PythonCalendarParser"/>).</summary>
public sealed record ParsedCalendar(
    string? Name,
    string? Method,
    IReadOnlyList<string> TimeZones,
    IReadOnlyList<ParsedEvent> Events,
    IReadOnlyList<string> Problems)
{
    public ParsedEvent EventWithUid(string uidStart) => Events.Single(e => e.Uid.StartsWith(uidStart, StringComparison.Ordinal));
}

/// <summary>
/// One VEVENT. Start and End are ISO 8601 as Python wrote them: "2027-03-31T23:00:00+08:00" for a
/// time in a zone, "2027-05-05" for a date; StartZone is the TZID parameter.
/// </summary>
public sealed record ParsedEvent(
    string Uid,
    int Sequence,
    string Summary,
    string? Description,
    string? Url,
    string Start,
    string? StartZone,
    string? End);
