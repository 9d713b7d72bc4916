using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class EnquiryReplyConfiguration : IEntityTypeConfiguration<EnquiryReply>
{
    public const int BodyLength = 8000;

    public void Configure(EntityTypeBuilder<EnquiryReply> builder)
    {
        builder.Property(r => r.Body).HasMaxLength(BodyLength).IsRequired();
        builder.Property(r => r.SentBy).HasMaxLength(ContentEntityConfiguration.UserNameLength).IsRequired();
        // The replies are part of the enquiry's personal data: deleting the enquiry deletes them.
        builder.HasOne(r => r.Enquiry)
            .WithMany(e => e.Replies)
            .HasForeignKey(r => r.EnquiryId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EnquiryId, r.SentAtUtc });
    }
}
