using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

/// <summary>
/// News and its two link tables (keys by attribute on the link classes). A link row goes with its
/// news item, and with the programme or partner it names (EF's cascade by convention): a deleted
/// programme simply stops being mentioned rather than blocking the delete.
/// </summary>
internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.TitleZh).HasMaxLength(200);
        builder.Property(n => n.Slug).HasMaxLength(120).IsRequired();
        builder.Property(n => n.Summary).HasMaxLength(1000);
        builder.Property(n => n.SummaryZh).HasMaxLength(1000);
        builder.Property(n => n.Body).HasMaxLength(20000);
        builder.Property(n => n.BodyZh).HasMaxLength(20000);
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.HasIndex(n => n.FeedEntryId).IsUnique();
        builder.HasIndex(n => n.PublishedOn);
        builder.HasOne(n => n.ImageMedia).WithMany().HasForeignKey(n => n.ImageMediaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Programmes).WithOne(l => l.NewsItem).HasForeignKey(l => l.NewsItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Partners).WithOne(l => l.NewsItem).HasForeignKey(l => l.NewsItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
