using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NjitInternational.Web.Data.Configurations;

/// <summary>
/// Identity's key columns keep the 450 characters they had under schema version 1 (SQL Server's
/// nvarchar(450)); version 3 alone would shrink them to 128, a migration that could cut data.
/// </summary>
internal sealed class IdentityKeyLengthConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>, IEntityTypeConfiguration<IdentityUserToken<string>>
{
    private const int KeyLength = 450;

    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(KeyLength);
        builder.Property(l => l.ProviderKey).HasMaxLength(KeyLength);
    }

    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.LoginProvider).HasMaxLength(KeyLength);
        builder.Property(t => t.Name).HasMaxLength(KeyLength);
    }
}
