using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ConfigureContentColumns();
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.TitleZh).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.Direction).HasMaxLength(16);
        builder.Property(p => p.Discipline).HasMaxLength(150);
        builder.Property(p => p.DisciplineZh).HasMaxLength(150);
        builder.Property(p => p.DegreesAwarded).HasMaxLength(300);
        builder.Property(p => p.DegreesAwardedZh).HasMaxLength(300);
        builder.Property(p => p.StudyMode).HasMaxLength(20);
        builder.Property(p => p.Duration).HasMaxLength(60);
        builder.Property(p => p.DurationZh).HasMaxLength(60);
        builder.Property(p => p.LanguageOfInstruction).HasMaxLength(60);
        builder.Property(p => p.LanguageOfInstructionZh).HasMaxLength(60);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.SummaryZh).HasMaxLength(1000);
        builder.Property(p => p.Description).HasMaxLength(20000);
        builder.Property(p => p.DescriptionZh).HasMaxLength(20000);
        builder.Property(p => p.HowToApply).HasMaxLength(20000);
        builder.Property(p => p.HowToApplyZh).HasMaxLength(20000);
        builder.Property(p => p.Eligibility).HasMaxLength(2000);
        builder.Property(p => p.EligibilityZh).HasMaxLength(2000);
        builder.Property(p => p.LanguageRequirements).HasMaxLength(1000);
        builder.Property(p => p.LanguageRequirementsZh).HasMaxLength(1000);
        builder.Property(p => p.CostsAndScholarships).HasMaxLength(2000);
        builder.Property(p => p.CostsAndScholarshipsZh).HasMaxLength(2000);
        builder.Property(p => p.Places).HasMaxLength(200);
        builder.Property(p => p.PlacesZh).HasMaxLength(200);
        builder.Property(p => p.ContactName).HasMaxLength(150);
        builder.Property(p => p.ContactNameZh).HasMaxLength(150);
        builder.Property(p => p.ContactRole).HasMaxLength(150);
        builder.Property(p => p.ContactRoleZh).HasMaxLength(150);
        builder.Property(p => p.ContactEmail).HasMaxLength(254);

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Title);
        builder.HasIndex(p => new { p.Status, p.Kind });
        builder.HasIndex(p => new { p.Status, p.Direction });
        builder.HasIndex(p => p.Discipline);
        builder.HasIndex(p => p.LanguageOfInstruction);
    }
}
