using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Translations;

namespace NjitInternational.Web.Infrastructure.Saving;

/// <summary>
/// Fills created/updated stamps and renews the concurrency token of every
/// <see cref="ContentEntity"/> being saved, so no controller can forget to.
/// </summary>
public sealed class AuditStampStep(TimeProvider clock, ICurrentUser currentUser) : SaveStep
{
    /// <summary>Recorded as the author of changes made outside a request (seeding, background jobs).</summary>
    public const string SystemUser = "system";

    public override void BeforeSave(SaveBatch batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = currentUser.UserName ?? SystemUser;
        foreach (var entry in batch.Entries)
        {
            if (entry.Entity is not ContentEntity entity)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    entity.CreatedAtUtc = now;
                    entity.CreatedBy = user;
                    entity.UpdatedAtUtc = now;
                    entity.UpdatedBy = user;
                    entity.ConcurrencyStamp = Guid.NewGuid();
                    break;
                case EntityState.Modified:
                    entity.UpdatedAtUtc = now;
                    entity.UpdatedBy = user;
                    // Only the current value changes: the original stays in the WHERE clause,
                    // which is what makes a stale save fail.
                    entry.Property(nameof(ContentEntity.ConcurrencyStamp)).CurrentValue = Guid.NewGuid();
                    break;
                default:
                    break;
            }

            TranslationStamps.Stamp(entry, entity, now);
        }
    }
}
