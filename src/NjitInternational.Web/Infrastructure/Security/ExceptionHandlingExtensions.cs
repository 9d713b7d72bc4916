using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>
/// Unhandled exceptions become friendly pages in the site layout (re-executed at /error), in every
/// environment but Development: the test host ("Testing") behaves like Production. A database
/// that cannot be reached answers 503 + Retry-After ("try again shortly"); a request the server
/// refused (BadHttpRequestException) keeps its own 4xx, an unreadable form is a 400; anything
/// else is a 500.
/// </summary>
internal static class ExceptionHandlingExtensions
{
    public const string ErrorPath = "/error";

    public static IApplicationBuilder UseAppExceptionHandling(this IApplicationBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = ErrorPath,
                StatusCodeSelector = StatusCodeFor,
            });
        }

        return app;
    }

    public static int StatusCodeFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        // A form the framework could not parse (too many fields, a value over the form limits).
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// True when the exception (or one it wraps: EF Core wraps provider errors in
    /// DbUpdateException, InvalidOperationException or RetryLimitExceededException) says the
    /// database could not be reached or read, as opposed to a bug or a rejected statement.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when IsUnavailableSqliteCode(sqlite.SqliteErrorCode):
                case Microsoft.Data.SqlClient.SqlException sql when IsUnavailableSqlServerNumber(sql.Number):
                case Npgsql.PostgresException postgres when IsUnavailablePostgreSqlState(postgres.SqlState):
                case DbException { IsTransient: true }:
                case TimeoutException:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    // SQLITE_BUSY 5, LOCKED 6, READONLY 8, IOERR 10, CORRUPT 11, FULL 13, CANTOPEN 14, NOTADB 26.
    private static bool IsUnavailableSqliteCode(int code) => (code & 0xFF) is 5 or 6 or 8 or 10 or 11 or 13 or 14 or 26;

    // PostgreSQL (Npgsql marks socket errors and most of these transient; these also cover the
    // ones it does not): connection exceptions (class 08), shutting down or starting up (57P01-57P03),
    // too many connections (53300), login refused (28000, 28P01), database missing (3D000).
    private static bool IsUnavailablePostgreSqlState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300" or "28000" or "28P01" or "3D000";

    // Network and login failures: timeout (-2), server not found or refused (2, 53, 64, 233, 10053,
    // 10054, 10060, 10061, 11001), database unavailable (4060, 18456 on a dropped login, 40613,
    // 40197, 40501, 49918-49920).
    private static bool IsUnavailableSqlServerNumber(int number) => number is -2 or -1 or 2 or 53 or 64 or 233
        or 4060 or 18456 or 10053 or 10054 or 10060 or 10061 or 11001 or 40197 or 40501 or 40613
        or 49918 or 49919 or 49920;
}
