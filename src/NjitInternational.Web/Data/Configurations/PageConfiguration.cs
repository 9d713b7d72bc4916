using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.TitleZh).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.SummaryZh).HasMaxLength(1000);
        builder.Property(p => p.Body).HasMaxLength(50000);
        builder.Property(p => p.BodyZh).HasMaxLength(50000);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.ImageMedia).WithMany().HasForeignKey(p => p.ImageMediaId).OnDelete(DeleteBehavior.Restrict);
    }
}
