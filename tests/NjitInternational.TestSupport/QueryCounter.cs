using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NjitInternational.TestSupport;

/// <summary>
/// Counts the SQL commands the site runs, so a test can hold a page to a query budget (no N+1).
/// Registered by <see cref="QueryCountingSiteFactory"/>; call <see cref="Reset"/> before the request.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _commands = [];
    private readonly List<RecordedCommand> _recorded = [];
    private readonly Lock _gate = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>The SQL of each counted command, to print when a budget is exceeded.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_gate)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>Each counted command with its parameter values, to replay under EXPLAIN QUERY PLAN.</summary>
    public IReadOnlyList<RecordedCommand> Recorded
    {
        get
        {
            lock (_gate)
            {
                return [.. _recorded];
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _count = 0;
            _commands.Clear();
            _recorded.Clear();
        }
    }

    private void Record(DbCommand command)
    {
        lock (_gate)
        {
            _count++;
            _commands.Add(command.CommandText);
            _recorded.Add(new RecordedCommand(
                command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(p => new KeyValuePair<string, object?>(p.ParameterName, p.Value))]));
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>A SQL command as the site ran it.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
