using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Accounts;

/// <summary>
/// Adds account audit entries to the context without saving, so they are written by the same
/// SaveChanges as the change they describe (Identity's store saves the shared scoped context).
/// </summary>
public sealed class AccountAudit(AppDbContext db, TimeProvider clock)
{
    public void Add(string action, string? actor, AppUser? subject, string? summary)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = Truncate(actor, 256),
            Action = action,
            EntityType = AuditActions.AccountEntity,
            EntityId = subject?.Id,
            Summary = Truncate(summary, 500),
        });
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
