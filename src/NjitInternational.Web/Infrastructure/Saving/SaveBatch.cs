using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace NjitInternational.Web.Infrastructure.Saving;

/// <summary>
/// One SaveChanges as the pipeline's steps see it: the entries, detected once before the save,
/// the rows the steps write after it, and what each step noted in between.
/// </summary>
public sealed class SaveBatch(DbContext context, IReadOnlyList<EntityEntry> entries)
{
    private readonly Dictionary<SaveStep, object> _notes = [];

    public DbContext Context { get; } = context;

    /// <summary>Every tracked entry, read once after the save's one DetectChanges.</summary>
    public IReadOnlyList<EntityEntry> Entries { get; } = entries;

    /// <summary>Rows the steps add after the save; saved together, in the save's transaction.</summary>
    public List<object> Rows { get; } = [];

    /// <summary>Set in <see cref="SaveStep.BeforeSave"/> by a step that will add rows, so the save runs in a transaction.</summary>
    public bool WritesRows { get; private set; }

    /// <summary>True while the pipeline saves <see cref="Rows"/>: that nested save passes through the pipeline.</summary>
    internal bool SavingRows { get; set; }

    internal IDbContextTransaction? OwnTransaction { get; set; }

    public void WillWriteRows() => WritesRows = true;

    /// <summary>Keeps what <paramref name="step"/> noted before the save for its later phases.</summary>
    public void Keep(SaveStep step, object note) => _notes[step] = note;

    public T? Kept<T>(SaveStep step)
        where T : class => _notes.GetValueOrDefault(step) as T;
}
