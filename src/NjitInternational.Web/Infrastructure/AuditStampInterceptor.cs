using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure;

/// <summary>
/// Fills created/updated stamps and renews the concurrency token of every
/// <see cref="ContentEntity"/> being saved, so no controller can forget to.
/// </summary>
public sealed class AuditStampInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    /// <summary>Recorded as the author of changes made outside a request (seeding, background jobs).</summary>
    public const string SystemUser = "system";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = currentUser.UserName ?? SystemUser;
        foreach (var entry in DetectChangesOnceInterceptor.Entries<ContentEntity>(context))
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAtUtc = now;
                    entry.Entity.CreatedBy = user;
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.UpdatedBy = user;
                    entry.Entity.ConcurrencyStamp = Guid.NewGuid();
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.UpdatedBy = user;
                    // Only the current value changes: the original stays in the WHERE clause,
                    // which is what makes a stale save fail.
                    entry.Property(e => e.ConcurrencyStamp).CurrentValue = Guid.NewGuid();
                    break;
                default:
                    break;
            }

            Features.Translations.TranslationStamps.Stamp(entry, now);
        }
    }
}
