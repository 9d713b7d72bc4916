using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.TitleZh).HasMaxLength(200);
        builder.Property(c => c.Slug).HasMaxLength(120).IsRequired();
        builder.Property(c => c.Topic).HasMaxLength(150);
        builder.Property(c => c.TopicZh).HasMaxLength(150);
        builder.Property(c => c.Venue).HasMaxLength(200);
        builder.Property(c => c.VenueZh).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(20000);
        builder.Property(c => c.DescriptionZh).HasMaxLength(20000);
        builder.Property(c => c.WebsiteUrl).HasMaxLength(500);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.StartDate);
    }
}
