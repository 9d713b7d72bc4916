using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// Replies from the site: the reply joins the enquiry's thread and its message joins the outbox in
/// one SaveChanges, so the thread never shows a reply that was not queued, nor the reverse.
/// </summary>
public sealed class EnquiryReplies(AppDbContext db, MailOutbox outbox, MailComposer composer, TimeProvider clock)
{
    public enum Outcome
    {
        Sent,
        NotFound,
        AddressUnusable,
    }

    public async Task<Outcome> SendAsync(int enquiryId, string body, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == enquiryId, cancellationToken);
        if (enquiry is null)
        {
            return Outcome.NotFound;
        }

        if (!MailHeaders.IsSingleAddress(enquiry.Email))
        {
            return Outcome.AddressUnusable;
        }

        var staffName = await db.Users.AsNoTracking()
            .Where(u => u.UserName == userName)
            .Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var text = body.Trim();
        db.EnquiryReplies.Add(new EnquiryReply { EnquiryId = enquiry.Id, Body = text, SentBy = userName, SentAtUtc = now });
        outbox.Add(composer.EnquiryReply(enquiry.Email.Trim(), enquiry.Culture, enquiry.Topic, text, string.IsNullOrWhiteSpace(staffName) ? userName : staffName));
        enquiry.IsRead = true;
        enquiry.HandledAtUtc ??= now;
        enquiry.HandledBy ??= userName;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Sent;
    }

    public async Task<IReadOnlyList<EnquiryReplyRow>> ThreadAsync(int enquiryId, CancellationToken cancellationToken) =>
        await db.EnquiryReplies.AsNoTracking()
            .Where(r => r.EnquiryId == enquiryId)
            .OrderBy(r => r.SentAtUtc).ThenBy(r => r.Id)
            .Select(r => new EnquiryReplyRow(r.Body, r.SentBy, r.SentAtUtc))
            .ToListAsync(cancellationToken);
}
