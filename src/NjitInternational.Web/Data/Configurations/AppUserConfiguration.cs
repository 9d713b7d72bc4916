using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(150);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10).IsRequired().HasDefaultValue("en");
    }
}
