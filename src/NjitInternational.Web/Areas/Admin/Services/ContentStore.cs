using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Areas.Admin.Services;

/// <summary>
/// Saves admin changes in one explicit transaction (through the provider's execution strategy,
/// so SQL Server retries still work), which the audit trail joins.
/// </summary>
public sealed class ContentStore(AppDbContext db)
{
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            db,
            static async (context, ct) =>
            {
                await using var transaction = await context.Database.BeginTransactionAsync(ct);
                await context.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            },
            null,
            cancellationToken);
    }
}
