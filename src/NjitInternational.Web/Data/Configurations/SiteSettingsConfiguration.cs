using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.OfficeAddress).HasMaxLength(500);
        builder.Property(s => s.OfficeAddressZh).HasMaxLength(500);
        builder.Property(s => s.OfficeEmail).HasMaxLength(254);
        builder.Property(s => s.OfficePhone).HasMaxLength(50);
        builder.Property(s => s.OfficeHours).HasMaxLength(300);
        builder.Property(s => s.OfficeHoursZh).HasMaxLength(300);
        builder.Property(s => s.PartnersFigure).HasMaxLength(20);
        builder.Property(s => s.CountriesFigure).HasMaxLength(20);
        builder.Property(s => s.ProfessorsFigure).HasMaxLength(20);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
