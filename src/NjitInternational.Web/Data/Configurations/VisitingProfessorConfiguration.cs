using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class VisitingProfessorConfiguration : IEntityTypeConfiguration<VisitingProfessor>
{
    public void Configure(EntityTypeBuilder<VisitingProfessor> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(v => v.Name).HasMaxLength(150).IsRequired();
        builder.Property(v => v.NameZh).HasMaxLength(150);
        builder.Property(v => v.Slug).HasMaxLength(120).IsRequired();
        builder.Property(v => v.Title).HasMaxLength(100);
        builder.Property(v => v.TitleZh).HasMaxLength(100);
        builder.Property(v => v.Honours).HasMaxLength(300);
        builder.Property(v => v.HonoursZh).HasMaxLength(300);
        builder.Property(v => v.HomeInstitution).HasMaxLength(200);
        builder.Property(v => v.HomeInstitutionZh).HasMaxLength(200);
        builder.Property(v => v.Field).HasMaxLength(150);
        builder.Property(v => v.FieldZh).HasMaxLength(150);
        builder.Property(v => v.Biography).HasMaxLength(20000);
        builder.Property(v => v.BiographyZh).HasMaxLength(20000);
        builder.Property(v => v.PhotoUrl).HasMaxLength(500);
        builder.Property(v => v.YearsOfVisits).HasMaxLength(100);
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.HasIndex(v => v.Name);
        builder.HasOne(v => v.PhotoMedia).WithMany().HasForeignKey(v => v.PhotoMediaId).OnDelete(DeleteBehavior.Restrict);
    }
}
