using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Mail;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// Stores an enquiry and queues the office's notification in one transaction: the message needs
/// the enquiry's id (its link), so the two saves share a transaction and either both rows exist or
/// neither does.
/// </summary>
public sealed class EnquirySubmission(AppDbContext db, MailOutbox outbox, MailComposer composer, TimeProvider clock)
{
    public async Task<int> SubmitAsync(EnquiryInput input, string culture, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programme = input.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var enquiry = new Enquiry
            {
                Name = input.Name.Trim(),
                Email = input.Email.Trim(),
                CountryName = string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim(),
                Topic = string.IsNullOrWhiteSpace(input.Topic) ? null : input.Topic.Trim(),
                ProgrammeId = input.ProgrammeId,
                Message = input.Message.Trim(),
                ConsentGiven = input.Consent,
                Culture = MailCulture.Normalize(culture),
                SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync(ct);
            outbox.Add(composer.EnquiryReceived(enquiry.Topic, programme, $"{origin}/admin/enquiries/{enquiry.Id}") with
            {
                DeduplicationKey = EnquirerPersonalData.EnquiryReceivedKey(enquiry.Id),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return enquiry.Id;
        }, cancellationToken);
    }
}
