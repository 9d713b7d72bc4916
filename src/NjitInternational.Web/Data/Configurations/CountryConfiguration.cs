using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.NameZh).HasMaxLength(100);
        builder.Property(c => c.IsoCode).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.WorldRegion).HasMaxLength(16);
        builder.HasIndex(c => c.IsoCode).IsUnique();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasIndex(c => c.WorldRegion);
    }
}
