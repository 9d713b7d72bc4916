using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// An enquirer's right of access and erasure (PIPL arts. 45 and 47, GDPR arts. 15 and 17): every
/// enquiry from one email address, found, exported with its reply thread, or deleted together with
/// the replies and every outbox message that carries it.
/// </summary>
/// <remarks>
/// The audit log records who did which action and how many records it touched, never the address
/// nor a hash of it: a hash of an email address is still personal data (anyone holding the key, or
/// a list of candidate addresses for an unkeyed hash, can tell whose it is), and an audit line that
/// outlives an erasure must not keep what was erased.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "ToLower() inside queries is translated to SQL lower(); it never runs in .NET.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311:Specify a culture", Justification = "Translated to SQL lower().")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862:Use StringComparison", Justification = "string.Equals with a comparison is not translatable to SQL.")]
public sealed class EnquirerPersonalData(AppDbContext db, TimeProvider clock)
{
    public const string FoundAction = "PersonalDataFound";
    public const string ExportedAction = "PersonalDataExported";
    public const string DeletedAction = "PersonalDataDeleted";

    /// <summary>The enquiries from <paramref name="email"/> (case-insensitive, exact), newest first, with their reply counts.</summary>
    public async Task<IReadOnlyList<EnquirerEnquiryRow>> FindAsync(string email, string? userName, CancellationToken cancellationToken)
    {
        var rows = await FromAddress(email)
            .OrderByDescending(e => e.SubmittedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new EnquirerEnquiryRow(e.Id, e.SubmittedAtUtc, e.Name, e.Topic, e.Replies.Count))
            .ToListAsync(cancellationToken);
        await AuditAsync(FoundAction, userName, string.Create(CultureInfo.InvariantCulture, $"Looked up one email address: {rows.Count} enquiries."), cancellationToken);
        return rows;
    }

    /// <summary>Everything stored about <paramref name="email"/>'s enquiries, for the CSV and JSON downloads.</summary>
    public async Task<IReadOnlyList<EnquirerExport>> ExportAsync(string email, string format, string? userName, CancellationToken cancellationToken)
    {
        var enquiries = await FromAddress(email)
            .OrderBy(e => e.SubmittedAtUtc).ThenBy(e => e.Id)
            .Select(e => new EnquirerExport(
                e.Id, e.SubmittedAtUtc, e.Name, e.Email, e.CountryName,
                e.Programme == null ? null : e.Programme.Title,
                e.Topic, e.Message, e.ConsentGiven, e.Culture, e.IsRead, e.HandledAtUtc, e.HandledBy,
                e.Replies.OrderBy(r => r.SentAtUtc).ThenBy(r => r.Id).Select(r => new EnquirerReplyExport(r.SentAtUtc, r.SentBy, r.Body)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var replies = enquiries.Sum(e => e.Replies.Count);
        await AuditAsync(ExportedAction, userName, string.Create(CultureInfo.InvariantCulture, $"Exported one email address's data as {format}: {enquiries.Count} enquiries, {replies} replies."), cancellationToken);
        return enquiries;
    }

    /// <summary>
    /// Deletes <paramref name="email"/>'s enquiries, their replies (ON DELETE CASCADE) and the outbox
    /// messages addressed to it or written about those enquiries, in one transaction with its audit line.
    /// </summary>
    public async Task<PersonalDataDeletion> DeleteAsync(string email, string? userName, CancellationToken cancellationToken)
    {
        var address = Normalize(email);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = await FromAddress(address).Select(e => e.Id).ToListAsync(ct);
            var keys = ids.Select(EnquiryReceivedKey).ToList();
            var replies = await db.EnquiryReplies.Where(r => ids.Contains(r.EnquiryId)).CountAsync(ct);
            // Messages to the enquirer (replies) and the office's notices about these enquiries
            // (which quote the enquirer's topic).
            var messages = await db.OutboxMessages
                .Where(m => m.To.ToLower() == address || (m.DeduplicationKey != null && keys.Contains(m.DeduplicationKey)))
                .ExecuteDeleteAsync(ct);
            var enquiries = await db.Enquiries.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            await AuditAsync(DeletedAction, userName, string.Create(CultureInfo.InvariantCulture, $"Deleted one email address's data: {enquiries} enquiries, {replies} replies, {messages} outbox messages."), ct);
            await transaction.CommitAsync(ct);
            return new PersonalDataDeletion(enquiries, replies, messages);
        }, cancellationToken);
    }

    /// <summary>The office notice's deduplication key: ties the message to its enquiry so erasure can find it.</summary>
    public static string EnquiryReceivedKey(int enquiryId) => string.Create(CultureInfo.InvariantCulture, $"enquiry-received:{enquiryId}");

    // Addresses are stored as typed (trimmed); people rarely type theirs the same way twice.
    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private IQueryable<Enquiry> FromAddress(string email)
    {
        var address = Normalize(email);
        return db.Enquiries.AsNoTracking().Where(e => e.Email.ToLower() == address);
    }

    private async Task AuditAsync(string action, string? userName, string summary, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = action,
            EntityType = nameof(Enquiry),
            Summary = summary,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>One enquiry in the personal data page's list.</summary>
public sealed record EnquirerEnquiryRow(int Id, DateTime SubmittedAtUtc, string Name, string? Topic, int ReplyCount);

/// <summary>One enquiry with its reply thread, as exported.</summary>
public sealed record EnquirerExport(
    int Id,
    DateTime SubmittedAtUtc,
    string Name,
    string Email,
    string? Country,
    string? Programme,
    string? Topic,
    string Message,
    bool ConsentGiven,
    string Culture,
    bool IsRead,
    DateTime? HandledAtUtc,
    string? HandledBy,
    IReadOnlyList<EnquirerReplyExport> Replies);

public sealed record EnquirerReplyExport(DateTime SentAtUtc, string SentBy, string Body);

/// <summary>What one erasure removed.</summary>
public sealed record PersonalDataDeletion(int Enquiries, int Replies, int OutboxMessages);
