using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached pages of every content type a SaveChanges touched, after the save commits.
/// The tags are collected before the save (afterwards the change tracker has forgotten what
/// changed) and dropped if the save fails, so a failed edit evicts nothing. In-process data caches
/// hear of the same changes: both go through <see cref="ContentChanges"/>.
/// </summary>
public sealed class OutputCacheEvictionInterceptor(ContentChanges changes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tags = _pending.GetOrCreateValue(context);
        foreach (var entry in DetectChangesOnceInterceptor.Entries(context))
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && CacheTags.ForEntity(entry.Entity) is { } tag)
            {
                tags.Add(tag);
            }
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var tags))
        {
            return;
        }

        _pending.Remove(context);
        foreach (var tag in tags)
        {
            // Not the request's token (ContentChanges ignores it): a visitor closing the tab must
            // not leave stale pages behind.
            await changes.ChangedAsync(tag);
        }

        _ = cancellationToken;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
