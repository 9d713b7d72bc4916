using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Infrastructure.DatabaseCopy;

/// <summary>One table's rows in the source and, after the copy, in the target.</summary>
public sealed record TableRowCount(string Table, int Source, int Target);

/// <summary>
/// Copies every row of every table from the site's database into an empty database of another
/// provider, keeping keys and timestamps. The target context has no save pipeline (no stamps, no
/// audit entries, no revisions): rows arrive exactly as they were. Tables are copied parents first
/// (foreign keys), in batches, each batch one transaction.
/// </summary>
public sealed class DatabaseCopier(AppDbContext source, AppDbContext target, TextWriter output)
{
    private const int BatchSize = 500;

    private static readonly MethodInfo CopyTableMethod =
        typeof(DatabaseCopier).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo CountMethod =
        typeof(DatabaseCopier).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Migrates the empty target, copies every table and returns the row counts of both sides.</summary>
    /// <exception cref="DatabaseCopyException">The source has pending migrations, or the target is not empty.</exception>
    public async Task<IReadOnlyList<TableRowCount>> CopyAsync(CancellationToken cancellationToken)
    {
        var pending = await source.Database.GetPendingMigrationsAsync(cancellationToken);
        if (pending.Any())
        {
            throw new DatabaseCopyException("The source database has pending migrations; start the site once (or apply them) before copying.");
        }

        var tables = TablesInCopyOrder(target.Model);
        if ((await target.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            foreach (var table in tables)
            {
                if (await CountIn(target, table, cancellationToken) > 0)
                {
                    throw new DatabaseCopyException($"The target database is not empty ({table.GetTableName()} has rows); copy only into a new, empty database.");
                }
            }
        }

        await output.WriteLineAsync("Applying migrations to the target...");
        await target.Database.MigrateAsync(cancellationToken);

        var counts = new List<TableRowCount>();
        foreach (var table in tables)
        {
            var copied = await (Task<int>)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(this, [cancellationToken])!;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table.GetTableName()}: {copied} rows"));
        }

        await TargetDialect.For(target).AfterCopyAsync(target, tables, cancellationToken);

        foreach (var table in tables)
        {
            counts.Add(new TableRowCount(
                table.GetTableName()!,
                await CountIn(source, table, cancellationToken),
                await CountIn(target, table, cancellationToken)));
        }

        return counts;
    }

    /// <summary>Root entity types (one per table), principals before their dependents.</summary>
    internal static List<IEntityType> TablesInCopyOrder(IModel model)
    {
        var tables = model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && t.GetTableName() is not null && !t.HasSharedClrType)
            .ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(fk => fk.PrincipalEntityType.GetRootType()).Where(p => p != type))
            {
                Visit(principal);
            }

            ordered.Add(type);
        }

        foreach (var table in tables.OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            Visit(table);
        }

        return ordered;
    }

    private static Task<int> CountIn(AppDbContext db, IEntityType table, CancellationToken cancellationToken) =>
        (Task<int>)CountMethod.MakeGenericMethod(table.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<int> CountAsync<T>(AppDbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().CountAsync(cancellationToken);

    private async Task<int> CopyTableAsync<T>(CancellationToken cancellationToken)
        where T : class
    {
        var dialect = TargetDialect.For(target);
        var table = target.Model.FindEntityType(typeof(T))!;
        var copied = 0;
        var batch = new List<T>(BatchSize);
        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                copied += await dialect.InsertAsync(target, table, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            copied += await dialect.InsertAsync(target, table, batch, cancellationToken);
        }

        return copied;
    }
}

/// <summary>Why a copy was refused; the command prints the message and exits 1.</summary>
public sealed class DatabaseCopyException(string message) : Exception(message);
