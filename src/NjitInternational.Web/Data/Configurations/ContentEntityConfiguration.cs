using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Configurations;

/// <summary>The columns every <see cref="ContentEntity"/> shares, configured once.</summary>
internal static class ContentEntityConfiguration
{
    public const int UserNameLength = 256;

    public static void ConfigureContentColumns<T>(this EntityTypeBuilder<T> builder)
        where T : ContentEntity
    {
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.CreatedBy).HasMaxLength(UserNameLength);
        builder.Property(e => e.UpdatedBy).HasMaxLength(UserNameLength);
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(e => e.Status);
        // The scheduler and the output-cache timer look for the next due times.
        builder.HasIndex(e => e.PublishAtUtc);
        builder.HasIndex(e => e.UnpublishAtUtc);
    }
}
