using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(150).IsRequired();
        builder.Property(e => e.Email).HasMaxLength(254).IsRequired();
        builder.Property(e => e.CountryName).HasMaxLength(100);
        builder.Property(e => e.Message).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.HandledBy).HasMaxLength(ContentEntityConfiguration.UserNameLength);
        builder.Property(e => e.Culture).HasMaxLength(10).IsRequired().HasDefaultValue("en");
        builder.Property(e => e.Topic).HasMaxLength(150);
        builder.HasIndex(e => e.SubmittedAtUtc);
        builder.HasIndex(e => e.Email);

        // Removing a programme must not remove the enquiries that mention it.
        builder.HasOne(e => e.Programme)
            .WithMany()
            .HasForeignKey(e => e.ProgrammeId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
