using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class AllianceMemberConfiguration : IEntityTypeConfiguration<AllianceMember>
{
    public void Configure(EntityTypeBuilder<AllianceMember> builder)
    {
        builder.Property(m => m.InstitutionName).HasMaxLength(200);

        builder.HasOne(m => m.Alliance)
            .WithMany(a => a.Members)
            .HasForeignKey(m => m.AllianceId)
            .OnDelete(DeleteBehavior.Cascade);

        // A partner that is an alliance member cannot be deleted silently: the admin area
        // must refuse and say where it is used.
        builder.HasOne(m => m.Partner)
            .WithMany(p => p.AllianceMemberships)
            .HasForeignKey(m => m.PartnerId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasOne(m => m.Country)
            .WithMany()
            .HasForeignKey(m => m.CountryId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => new { m.AllianceId, m.PartnerId });
    }
}
