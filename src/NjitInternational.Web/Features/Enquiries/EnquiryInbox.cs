using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>Queries and state changes of the enquiries inbox.</summary>
public sealed class EnquiryInbox(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> Filters = ["all", "unread", "open", "handled"];

    public async Task<EnquiryListViewModel> ListAsync(string? filter, int page, CancellationToken cancellationToken)
    {
        filter = Filters.Contains(filter) ? filter! : "all";
        var query = db.Enquiries.AsNoTracking();
        query = filter switch
        {
            "unread" => query.Where(e => !e.IsRead),
            "open" => query.Where(e => e.HandledAtUtc == null),
            "handled" => query.Where(e => e.HandledAtUtc != null),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query
            .OrderByDescending(e => e.SubmittedAtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new EnquiryListItem(e.Id, e.Name, e.Email, e.SubmittedAtUtc, e.IsRead, e.HandledAtUtc != null))
            .ToListAsync(cancellationToken);
        return new EnquiryListViewModel(items, filter, page, pageCount, total);
    }

    public Task<EnquiryDetailViewModel?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Enquiries.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new EnquiryDetailViewModel(
                e.Id, e.Name, e.Email, e.CountryName, e.Programme == null ? null : e.Programme.Title,
                e.Message, e.ConsentGiven, e.SubmittedAtUtc, e.IsRead, e.HandledAtUtc, e.HandledBy)
            { Topic = e.Topic })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Marks an enquiry read; false when it does not exist.</summary>
    public async Task<bool> MarkReadAsync(int id, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return false;
        }

        enquiry.IsRead = true;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks an enquiry handled (and read) by <paramref name="userName"/>; false when it does not exist.</summary>
    public async Task<bool> MarkHandledAsync(int id, string? userName, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return false;
        }

        enquiry.IsRead = true;
        enquiry.HandledAtUtc ??= clock.GetUtcNow().UtcDateTime;
        enquiry.HandledBy ??= userName;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<EnquiryExportRow>> ExportAsync(CancellationToken cancellationToken) =>
        await db.Enquiries.AsNoTracking()
            .OrderByDescending(e => e.SubmittedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new EnquiryExportRow(
                e.Id, e.SubmittedAtUtc, e.Name, e.Email, e.CountryName,
                e.Programme == null ? null : e.Programme.Title,
                e.Message, e.ConsentGiven, e.IsRead, e.HandledAtUtc, e.HandledBy))
            .ToListAsync(cancellationToken);
}
