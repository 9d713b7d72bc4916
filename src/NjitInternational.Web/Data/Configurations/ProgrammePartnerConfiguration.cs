using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class ProgrammePartnerConfiguration : IEntityTypeConfiguration<ProgrammePartner>
{
    public void Configure(EntityTypeBuilder<ProgrammePartner> builder)
    {
        builder.HasKey(pp => new { pp.ProgrammeId, pp.PartnerId });
        builder.HasIndex(pp => pp.PartnerId);

        builder.HasOne(pp => pp.Programme)
            .WithMany(p => p.Partners)
            .HasForeignKey(pp => pp.ProgrammeId)
            .OnDelete(DeleteBehavior.Cascade);

        // Deleting a partner that still runs programmes is refused, not cascaded.
        builder.HasOne(pp => pp.Partner)
            .WithMany(p => p.Programmes)
            .HasForeignKey(pp => pp.PartnerId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
