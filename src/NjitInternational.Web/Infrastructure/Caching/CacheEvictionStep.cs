using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached pages of every content type a save touched, once the save has committed.
/// The tags are collected before the save (afterwards the change tracker has forgotten what
/// changed); a failed save never reaches the commit phase, so it evicts nothing. In-process data
/// caches hear of the same changes: both go through <see cref="ContentChanges"/>.
/// </summary>
public sealed class CacheEvictionStep(ContentChanges changes, ILogger<CacheEvictionStep> logger) : SaveStep
{
    public override void BeforeSave(SaveBatch batch)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in batch.Entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && CacheTags.ForEntity(entry.Entity) is { } tag)
            {
                tags.Add(tag);
            }
        }

        if (tags.Count > 0)
        {
            batch.Keep(this, tags);
        }
    }

    public override void AfterCommit(SaveBatch batch)
    {
        foreach (var tag in batch.Kept<HashSet<string>>(this) ?? [])
        {
            // A synchronous save cannot wait for an asynchronous store without blocking a thread:
            // the in-process signal fires at once, the store's eviction completes on its own.
            var eviction = changes.ChangedAsync(tag).AsTask();
            if (!eviction.IsCompletedSuccessfully)
            {
                _ = LogFailureAsync(eviction, tag);
            }
        }
    }

    public override async ValueTask AfterCommitAsync(SaveBatch batch, CancellationToken cancellationToken)
    {
        foreach (var tag in batch.Kept<HashSet<string>>(this) ?? [])
        {
            // Not the request's token (ContentChanges ignores it): a visitor closing the tab must
            // not leave stale pages behind.
            await changes.ChangedAsync(tag);
        }
    }

    private async Task LogFailureAsync(Task eviction, string tag)
    {
        try
        {
            await eviction;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Evicting the cached pages tagged {Tag} after a synchronous save failed", tag);
        }
    }
}
