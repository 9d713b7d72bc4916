using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const int AddressListLength = 1000;
    public const int SubjectLength = 300;
    public const int BodyLength = 100_000;
    public const int ErrorLength = 1000;

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(AddressListLength).IsRequired();
        builder.Property(m => m.ReplyTo).HasMaxLength(AddressListLength);
        builder.Property(m => m.Subject).HasMaxLength(SubjectLength).IsRequired();
        builder.Property(m => m.TextBody).HasMaxLength(BodyLength).IsRequired();
        builder.Property(m => m.HtmlBody).HasMaxLength(BodyLength).IsRequired();
        builder.Property(m => m.Culture).HasMaxLength(10).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(40).IsRequired();
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.Status).HasMaxLength(10);
        builder.Property(m => m.LastError).HasMaxLength(ErrorLength);
        // The sender's query: queued messages whose time has come, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
    }
}
