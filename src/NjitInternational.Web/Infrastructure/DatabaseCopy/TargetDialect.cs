using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace NjitInternational.Web.Infrastructure.DatabaseCopy;

/// <summary>
/// What a target provider needs around inserts that keep their keys: SQL Server refuses explicit
/// identity values unless IDENTITY_INSERT is on for the table; PostgreSQL takes them but its
/// identity sequences must then be moved past the copied keys, or the next insert would collide.
/// </summary>
internal class TargetDialect
{
    public static TargetDialect For(AppDbContext target) => target switch
    {
        PostgreSqlAppDbContext => new PostgreSqlDialect(),
        SqlServerAppDbContext => new SqlServerDialect(),
        _ => new TargetDialect(),
    };

    public virtual async Task<int> InsertAsync<T>(AppDbContext target, IEntityType table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        target.Set<T>().AddRange(rows);
        var written = await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();
        return written;
    }

    public virtual Task AfterCopyAsync(AppDbContext target, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static IProperty? IdentityColumn(IEntityType table) =>
        table.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd && (key.ClrType == typeof(int) || key.ClrType == typeof(long)) ? key : null;

    private sealed class PostgreSqlDialect : TargetDialect
    {
        public override async Task AfterCopyAsync(AppDbContext target, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
        {
            foreach (var table in tables)
            {
                if (IdentityColumn(table) is not { } key || NpgsqlPropertyExtensions.GetValueGenerationStrategy(key) == NpgsqlValueGenerationStrategy.None)
                {
                    continue;
                }

                var name = table.GetTableName()!;
                var column = key.GetColumnName(StoreObjectIdentifier.Table(name, table.GetSchema()))!;
                // Identifiers come from the model, never from input. The next key is one past the largest copied.
                var sql = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "SELECT setval(pg_get_serial_sequence('\"{0}\"', '{1}'), COALESCE(MAX(\"{1}\"), 0) + 1, false) FROM \"{0}\"",
                    name,
                    column);
                await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }
        }
    }

    private sealed class SqlServerDialect : TargetDialect
    {
        public override async Task<int> InsertAsync<T>(AppDbContext target, IEntityType table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        {
            if (IdentityColumn(table) is null)
            {
                return await base.InsertAsync(target, table, rows, cancellationToken);
            }

            // IDENTITY_INSERT holds for the session: one open connection and one transaction for the batch.
            // The table name comes from the model, never from input.
            var on = string.Format(System.Globalization.CultureInfo.InvariantCulture, "SET IDENTITY_INSERT [{0}] ON", table.GetTableName());
            var off = string.Format(System.Globalization.CultureInfo.InvariantCulture, "SET IDENTITY_INSERT [{0}] OFF", table.GetTableName());
            await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
            await target.Database.ExecuteSqlRawAsync(on, cancellationToken);
            var written = await base.InsertAsync(target, table, rows, cancellationToken);
            await target.Database.ExecuteSqlRawAsync(off, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written;
        }
    }
}
