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
        builder.Property(p => p.ShortName).HasMaxLength(60);
        builder.Property(p => p.Slug).HasMaxLength(120).IsRequired();
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.WebsiteUrl).HasMaxLength(500);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.Body).HasMaxLength(20000);
        builder.Property(p => p.LogoUrl).HasMaxLength(500);

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Name);
        // The directory's default order: the first page is read in index order, with no sort of every partner.
        builder.HasIndex(p => new { p.Status, p.Name, p.Id });
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
