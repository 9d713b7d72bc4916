using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>
/// Tells <see cref="ScheduledCacheEviction"/> about future publish/unpublish times as they are
/// saved, so a page cached after the save is evicted at that moment.
/// </summary>
public sealed class ScheduleChangeStep(ScheduledCacheEviction eviction, TimeProvider clock) : SaveStep
{
    public override void BeforeSave(SaveBatch batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in batch.Entries)
        {
            if (entry.Entity is not ContentEntity entity || CacheTags.ForEntity(entity) is not { } tag)
            {
                continue;
            }

            foreach (var at in new[] { entity.PublishAtUtc, entity.UnpublishAtUtc })
            {
                if (at > now)
                {
                    eviction.Expect(tag, at.Value);
                }
            }
        }
    }
}
