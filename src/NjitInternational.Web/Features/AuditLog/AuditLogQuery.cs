using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Features.AuditLog;

public sealed class AuditLogQuery(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditLogViewModel> GetAsync(AuditLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = Clip(filter.User);
            query = query.Where(a => a.UserName != null && a.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = Clip(filter.Action);
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = Clip(filter.EntityType);
            query = query.Where(a => a.EntityType == type);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.AtUtc < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var entries = await query
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, a.Summary, a.ChangesJson })
            .ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType != null).Select(a => a.EntityType!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

        var rows = entries
            .Select(a => new AuditLogRow(a.Id, a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, a.Summary, ChangesJson.Parse(a.ChangesJson)))
            .ToList();
        return new AuditLogViewModel(filter, rows, page, pageCount, total, actions, types);
    }

    private static string Clip(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 256 ? trimmed[..256] : trimmed;
    }
}
