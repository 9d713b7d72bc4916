using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.UnitTests;

public class ExceptionStatusCodeTests
{
    public static TheoryData<Exception, int> Cases => new()
    {
        { new SqliteException("unable to open database file", 14), 503 },
        { new SqliteException("file is not a database", 26), 503 },
        { new SqliteException("database is locked", 5), 503 },
        { new DbUpdateException("save failed", new SqliteException("disk I/O error", 10)), 503 },
        { new InvalidOperationException("transient failure", new SqliteException("database is locked", 5)), 503 },
        { new TimeoutException("connection timed out"), 503 },
        { new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19)), 500 },
        { new SqliteException("no such column: Foo", 1), 500 },
        { new Npgsql.PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P03"), 503 },
        { new Npgsql.PostgresException("password authentication failed", "FATAL", "FATAL", "28P01"), 503 },
        { new DbUpdateException("save failed", new Npgsql.PostgresException("duplicate key value", "ERROR", "ERROR", "23505")), 500 },
        { new Npgsql.PostgresException("column \"foo\" does not exist", "ERROR", "ERROR", "42703"), 500 },
        { new DbUpdateConcurrencyException("stale"), 500 },
        { new InvalidOperationException("a bug"), 500 },
        { new ArgumentException("bad argument"), 500 },
        { new BadHttpRequestException("too large", 413), 413 },
        { new InvalidDataException("Form value count limit 1024 exceeded."), 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OnlyAnUnreachableDatabase_Answers503(Exception exception, int expected)
    {
        Assert.Equal(expected, ExceptionHandlingExtensions.StatusCodeFor(exception));
    }
}
