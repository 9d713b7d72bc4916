using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NjitInternational.Web.Infrastructure.Saving;

/// <summary>
/// The one interceptor every save runs through: it detects changes once, then calls the
/// <paramref name="steps"/> in the given order, phase by phase (before the save; after it, in its
/// transaction; after the commit). The order is chosen in <see cref="SavePipelineExtensions"/>.
/// When a step writes rows and no transaction is open, the pipeline begins one so the rows commit
/// with the change (not under a retrying execution strategy, which forbids it: the rows are then
/// saved right after the change). A failed save discards everything the steps noted.
/// </summary>
public sealed class SavePipelineInterceptor(IReadOnlyList<SaveStep> steps) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, SaveBatch> _batches = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context) is { } batch)
        {
            foreach (var step in steps)
            {
                step.BeforeSave(batch);
            }

            if (NeedsOwnTransaction(batch))
            {
                batch.OwnTransaction = batch.Context.Database.BeginTransaction();
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context) is { } batch)
        {
            foreach (var step in steps)
            {
                await step.BeforeSaveAsync(batch, cancellationToken);
            }

            if (NeedsOwnTransaction(batch))
            {
                batch.OwnTransaction = await batch.Context.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Current(eventData.Context) is not { } batch)
        {
            return result;
        }

        try
        {
            batch.SavingRows = true;
            foreach (var step in steps)
            {
                step.AfterSave(batch);
            }

            if (batch.Rows.Count > 0)
            {
                batch.Context.AddRange(batch.Rows);
                batch.Context.SaveChanges();
            }

            batch.OwnTransaction?.Commit();
        }
        finally
        {
            End(batch);
        }

        foreach (var step in steps)
        {
            step.AfterCommit(batch);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        if (Current(eventData.Context) is not { } batch)
        {
            return result;
        }

        try
        {
            batch.SavingRows = true;
            foreach (var step in steps)
            {
                await step.AfterSaveAsync(batch, cancellationToken);
            }

            if (batch.Rows.Count > 0)
            {
                batch.Context.AddRange(batch.Rows);
                await batch.Context.SaveChangesAsync(cancellationToken);
            }

            if (batch.OwnTransaction is not null)
            {
                await batch.OwnTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            End(batch);
        }

        foreach (var step in steps)
        {
            await step.AfterCommitAsync(batch, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Starts a batch for a save, or returns null for none (no context) or the pipeline's own nested save of its rows.</summary>
    private SaveBatch? Begin(DbContext? context)
    {
        if (context is null || (_batches.TryGetValue(context, out var running) && running.SavingRows))
        {
            return null;
        }

        var batch = new SaveBatch(context, DetectOnce(context.ChangeTracker));
        _batches.AddOrUpdate(context, batch);
        return batch;
    }

    /// <summary>
    /// Every <c>Entries()</c> call runs a full DetectChanges: one here, then the list is shared by
    /// all steps (a context with automatic detection turned off keeps it off).
    /// </summary>
    private static List<EntityEntry> DetectOnce(ChangeTracker tracker)
    {
        if (!tracker.AutoDetectChangesEnabled)
        {
            return [.. tracker.Entries()];
        }

        tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = true;
        }
    }

    private static bool NeedsOwnTransaction(SaveBatch batch) =>
        batch.WritesRows
        && batch.Context.Database.CurrentTransaction is null
        && !batch.Context.Database.CreateExecutionStrategy().RetriesOnFailure;

    private SaveBatch? Current(DbContext? context) =>
        context is not null && _batches.TryGetValue(context, out var batch) && !batch.SavingRows ? batch : null;

    private void Abandon(DbContext? context)
    {
        // A failure of the nested save of the rows is cleaned up by the SavedChanges that ran it.
        if (Current(context) is { } batch)
        {
            End(batch);
        }
    }

    private void End(SaveBatch batch)
    {
        // Disposing an uncommitted transaction rolls it back.
        batch.OwnTransaction?.Dispose();
        _batches.Remove(batch.Context);
    }
}
