using System.Diagnostics;
using System.Globalization;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// <c>rebuild-search-index</c>: empties site search's index and fills it again from every searchable
/// record, then exits. Runs before the database initializer (which would itself fill an incomplete
/// index), on a database that is already migrated.
/// </summary>
internal static class RebuildSearchIndexCommand
{
    public const string Name = "rebuild-search-index";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The host's arguments: the command name dropped.</summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return IsInvoked(args) ? [.. args.Skip(1)] : args;
    }

    public static async Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = Stopwatch.StartNew();
        var rows = await SearchIndexer.RebuildAsync(db, app.Lifetime.ApplicationStopping);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Search index rebuilt: {rows} records in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
