using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Infrastructure;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Features.DemoData;

/// <summary>
/// <c>generate-demo-data --database bench.db --partners 10000 --programmes 20000</c>: fills a
/// separate SQLite database (never the site's own: --database is required and must be a new
/// file) with synthetic records for benchmarks.
/// </summary>
public static class GenerateDemoDataCommand
{
    public const string Name = "generate-demo-data";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var database, out var partners, out var programmes, out var error))
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync($"usage: {Name} --database <new-file.db> [--partners N] [--programmes N]");
            return 2;
        }

        if (File.Exists(database))
        {
            await output.WriteLineAsync($"{database} already exists; give a new file so no real data is touched.");
            return 2;
        }

        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={database}")
            .AddInterceptors(new SavePipelineInterceptor([new AuditStampStep(TimeProvider.System, new NoUser())]))
            .Options;
        await using var db = new SqliteAppDbContext(options);
        await db.Database.MigrateAsync(cancellationToken);
        // Bulk load: these pragmas trade crash safety for speed, acceptable for a throwaway file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", cancellationToken);

        var started = TimeProvider.System.GetTimestamp();
        await DemoDataGenerator.AddAsync(db, partners, programmes, new SynchronousProgress(output), cancellationToken);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"done: {partners} partners, {programmes} programmes in {elapsed.TotalSeconds:0.0} s -> {database}"));
        return 0;
    }

    private static bool TryParse(string[] args, out string database, out int partners, out int programmes, out string error)
    {
        database = string.Empty;
        partners = 100;
        programmes = 200;
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--database" when value is not null:
                    database = value;
                    i++;
                    break;
                case "--partners" when int.TryParse(value, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1_000_000:
                    partners = p;
                    i++;
                    break;
                case "--programmes" when int.TryParse(value, CultureInfo.InvariantCulture, out var g) && g is >= 0 and <= 1_000_000:
                    programmes = g;
                    i++;
                    break;
                default:
                    error = $"unknown or invalid argument: {args[i]}";
                    return false;
            }
        }

        if (string.IsNullOrEmpty(database))
        {
            error = "--database is required";
            return false;
        }

        return true;
    }

    private sealed class NoUser : ICurrentUser
    {
        public string? UserName => "demo-data";
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a console command wants lines in order.</summary>
    private sealed class SynchronousProgress(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine(value);
    }
}
