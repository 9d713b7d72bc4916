using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NjitInternational.Web.Data;

/// <summary>
/// The server database that runs on a campus Linux machine (and under the domestic databases built
/// on it). Migrations live in Data/Migrations/PostgreSql; they start from a baseline of the model
/// (docs/decisions/008-postgresql-baseline-migration.md).
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Every DateTime in the model is UTC (the *Utc names), but SQLite hands them back with
        // Kind=Unspecified and forms bind them so too; Npgsql refuses anything but Kind=Utc for a
        // timestamptz. Marking them UTC at the edge keeps the rest of the code provider-blind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
