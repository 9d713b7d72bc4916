using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.NameZh).HasMaxLength(200);
        builder.Property(p => p.ShortName).HasMaxLength(60);
        builder.Property(p => p.ShortNameZh).HasMaxLength(60);
        builder.Property(p => p.Slug).HasMaxLength(120).IsRequired();
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.CityZh).HasMaxLength(100);
        builder.Property(p => p.WebsiteUrl).HasMaxLength(500);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.SummaryZh).HasMaxLength(1000);
        builder.Property(p => p.Body).HasMaxLength(20000);
        builder.Property(p => p.BodyZh).HasMaxLength(20000);
        builder.Property(p => p.LogoUrl).HasMaxLength(500);

        builder.HasIndex(p => p.Slug).IsUnique();
        // Also the directory's default order (Name, then Id = rowid): SQLite walks it and stops at the
        // page's last row, given statistics (DatabaseInitializer runs ANALYZE) telling it that
        // Status filters out little.
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => new { p.Status, p.CountryId });
        builder.HasIndex(p => p.PartnerSince);

        builder.HasOne(p => p.Country)
            .WithMany(c => c.Partners)
            .HasForeignKey(p => p.CountryId)
            .OnDelete(DeleteBehavior.Restrict);

        // An image in use cannot be deleted (the media library says where it is used).
        builder.HasOne(p => p.LogoMedia).WithMany().HasForeignKey(p => p.LogoMediaId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.PartnershipKinds)
            .WithOne()
            .HasForeignKey(k => k.PartnerId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
