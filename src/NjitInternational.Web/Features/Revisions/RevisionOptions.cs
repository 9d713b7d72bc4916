namespace NjitInternational.Web.Features.Revisions;

/// <summary>Configuration section "Revisions".</summary>
public sealed class RevisionOptions
{
    public const string SectionName = "Revisions";

    /// <summary>Every revision younger than this is kept.</summary>
    public int KeepAllDays { get; set; } = 30;

    /// <summary>Up to this age, the latest revision of each (UTC) day is kept.</summary>
    public int KeepDailyDays { get; set; } = 365;

    /// <summary>How often the background service prunes; 0 turns it off.</summary>
    public int PruneIntervalMinutes { get; set; } = 360;
}
