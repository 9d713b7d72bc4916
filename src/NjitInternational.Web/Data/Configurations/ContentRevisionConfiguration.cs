using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.ToTable("ContentRevisions");
        builder.Property(r => r.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(r => r.UserName).HasMaxLength(ContentEntityConfiguration.UserNameLength);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.Property(r => r.ChangedFields).HasMaxLength(2000);
        builder.Property(r => r.Note).HasMaxLength(300);
        // Markdown bodies can be long; the snapshot holds all of them.
        builder.Property(r => r.SnapshotJson).HasMaxLength(1_000_000).IsRequired();
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.Number }).IsUnique();
        builder.HasIndex(r => r.AtUtc);
        builder.HasIndex(r => new { r.IsDeleted, r.EntityType });
    }
}
