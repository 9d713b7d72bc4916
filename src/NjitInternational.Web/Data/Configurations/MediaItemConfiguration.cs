using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public const int AltTextLength = 300;

    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.Property(m => m.OriginalFileName).HasMaxLength(255).IsRequired();
        builder.Property(m => m.AltText).HasMaxLength(AltTextLength);
        builder.Property(m => m.SourceFormat).HasMaxLength(8).IsRequired();
        builder.Property(m => m.VariantWidths).HasMaxLength(100).IsRequired();
        builder.Property(m => m.UploadedBy).HasMaxLength(ContentEntityConfiguration.UserNameLength);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => m.UploadedAtUtc);
    }
}
