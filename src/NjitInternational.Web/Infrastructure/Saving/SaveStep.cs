namespace NjitInternational.Web.Infrastructure.Saving;

/// <summary>
/// One job of the save pipeline (stamps, revisions, audit trail, schedule, cache eviction).
/// <see cref="SavePipelineInterceptor"/> calls every step's phase in the order the steps were
/// given before moving to the next phase. A step overrides only the phases it needs; the
/// synchronous ones run for <c>SaveChanges</c>, the asynchronous ones for <c>SaveChangesAsync</c>.
/// </summary>
public abstract class SaveStep
{
    /// <summary>Before the save, over the entries detected once: record what the save changes (or, for stamps, change it).</summary>
    public virtual void BeforeSave(SaveBatch batch)
    {
    }

    /// <inheritdoc cref="BeforeSave"/>
    public virtual ValueTask BeforeSaveAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        BeforeSave(batch);
        return ValueTask.CompletedTask;
    }

    /// <summary>After the save, inside its transaction: add rows (revisions, audit entries) to <see cref="SaveBatch.Rows"/>.</summary>
    public virtual void AfterSave(SaveBatch batch)
    {
    }

    /// <inheritdoc cref="AfterSave"/>
    public virtual ValueTask AfterSaveAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        AfterSave(batch);
        return ValueTask.CompletedTask;
    }

    /// <summary>After the rows are saved and the pipeline's own transaction (if it began one) committed.</summary>
    public virtual void AfterCommit(SaveBatch batch)
    {
    }

    /// <inheritdoc cref="AfterCommit"/>
    public virtual ValueTask AfterCommitAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        AfterCommit(batch);
        return ValueTask.CompletedTask;
    }
}
