namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// Remembers each seed item that was applied once, so seeding never re-creates a row staff
/// deleted and never overwrites a row staff edited.
/// </summary>
public class SeedRecord
{
    public string Key { get; set; } = string.Empty;

    public DateTime AppliedAtUtc { get; set; }
}
