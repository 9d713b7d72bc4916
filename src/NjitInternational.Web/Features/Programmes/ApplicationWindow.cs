namespace NjitInternational.Web.Features.Programmes;

/// <summary>Where a programme's application window stands on a given day.</summary>
public enum ApplicationState
{
    /// <summary>No dates are set: nothing is shown.</summary>
    None,

    /// <summary>Before the opening day: "Opens on {date}".</summary>
    NotYetOpen,

    /// <summary>From the opening day to the closing day inclusive: "Open until {date}", or "Open" when no closing day is set.</summary>
    Open,

    /// <summary>After the closing day.</summary>
    Closed,
}

/// <summary>The state plus the date a visitor needs (the opening day, or the closing day while open).</summary>
public sealed record ApplicationStatus(ApplicationState State, DateOnly? Date)
{
    public static readonly ApplicationStatus None = new(ApplicationState.None, null);
}

/// <summary>
/// The application-status rule, kept pure so it is unit-tested at its boundaries. Both dates are
/// whole days and inclusive: applications are open on the opening day and on the closing day.
/// </summary>
public static class ApplicationWindow
{
    /// <summary>
    /// NJIT is in Nanjing, so "today" is the date in China Standard Time (UTC+8, no daylight saving
    /// since 1991): a window closing on 31 March closes at midnight Nanjing time, whatever the
    /// server's own time zone. A fixed offset avoids depending on the host's time-zone database.
    /// </summary>
    public static readonly TimeSpan ChinaStandardTimeOffset = TimeSpan.FromHours(8);

    public static DateOnly TodayInNanjing(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTimeOffset).DateTime);
    }

    public static ApplicationStatus Evaluate(DateOnly? opens, DateOnly? closes, DateOnly today)
    {
        if (opens is null && closes is null)
        {
            return ApplicationStatus.None;
        }

        if (opens is { } opening && today < opening)
        {
            return new ApplicationStatus(ApplicationState.NotYetOpen, opening);
        }

        if (closes is { } closing)
        {
            return today > closing
                ? new ApplicationStatus(ApplicationState.Closed, closing)
                : new ApplicationStatus(ApplicationState.Open, closing);
        }

        // Only an opening day is set and it has come: open, with no announced end.
        return new ApplicationStatus(ApplicationState.Open, null);
    }
}
