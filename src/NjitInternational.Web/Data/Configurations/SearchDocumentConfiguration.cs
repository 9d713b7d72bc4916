using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public const int TitleLength = 400;
    public const int SummaryLength = 4000;
    public const int BodyLength = 100000;

    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.Property(d => d.TypeKey).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Slug).HasMaxLength(200);
        builder.Property(d => d.Status).HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(d => d.TitleZh).HasMaxLength(TitleLength);
        builder.Property(d => d.Summary).HasMaxLength(SummaryLength);
        builder.Property(d => d.SummaryZh).HasMaxLength(SummaryLength);
        builder.Property(d => d.Body).HasMaxLength(BodyLength);
        builder.Property(d => d.BodyZh).HasMaxLength(BodyLength);
        builder.HasIndex(d => new { d.TypeKey, d.RecordId }).IsUnique();
    }
}
