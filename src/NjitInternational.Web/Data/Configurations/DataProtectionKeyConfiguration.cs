using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NjitInternational.Web.Data.Configurations;

/// <summary>The shared Data Protection key ring (one row per key, written by the framework).</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        // The framework names keys "key-{guid}".
        builder.Property(k => k.FriendlyName).HasMaxLength(100);

        // Xml stays unbounded: a key wrapped by a certificate (ProtectKeysWithCertificate) is several KB.
    }
}
