using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class PartnerPartnershipKindConfiguration : IEntityTypeConfiguration<PartnerPartnershipKind>
{
    public void Configure(EntityTypeBuilder<PartnerPartnershipKind> builder)
    {
        builder.HasKey(k => new { k.PartnerId, k.Kind });
        builder.Property(k => k.Kind).HasMaxLength(32);
        // Filtering the directory by kind starts from the kind.
        builder.HasIndex(k => new { k.Kind, k.PartnerId });
    }
}
