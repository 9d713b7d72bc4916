using Microsoft.EntityFrameworkCore.Diagnostics;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>
/// Tells <see cref="ScheduledCacheEviction"/> about future publish/unpublish times as they are
/// saved, so a page cached after the save is evicted at that moment.
/// </summary>
public sealed class ScheduleChangeInterceptor(ScheduledCacheEviction eviction, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in DetectChangesOnceInterceptor.Entries<ContentEntity>(context))
        {
            if (CacheTags.ForEntity(entry.Entity) is not { } tag)
            {
                continue;
            }

            foreach (var at in new[] { entry.Entity.PublishAtUtc, entry.Entity.UnpublishAtUtc })
            {
                if (at > now)
                {
                    eviction.Expect(tag, at.Value);
                }
            }
        }
    }
}
