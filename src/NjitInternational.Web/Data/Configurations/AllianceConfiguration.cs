using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class AllianceConfiguration : IEntityTypeConfiguration<Alliance>
{
    public void Configure(EntityTypeBuilder<Alliance> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(a => a.Name).HasMaxLength(200).IsRequired();
        builder.Property(a => a.NameZh).HasMaxLength(200);
        builder.Property(a => a.Slug).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(20000);
        builder.Property(a => a.DescriptionZh).HasMaxLength(20000);
        builder.Property(a => a.WebsiteUrl).HasMaxLength(500);
        builder.HasIndex(a => a.Slug).IsUnique();
    }
}
