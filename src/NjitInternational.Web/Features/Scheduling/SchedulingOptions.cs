namespace NjitInternational.Web.Features.Scheduling;

/// <summary>The "Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Off in tests (they call <see cref="ScheduledPublisher.RunOnceAsync"/> themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between runs; also the lease's length, so one instance runs per interval.</summary>
    public int IntervalSeconds { get; set; } = 30;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Clamp(IntervalSeconds, 1, 86_400));
}
