using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Seed;

namespace NjitInternational.IntegrationTests.Security;

/// <summary>
/// Once armed, lets the first INSERT/UPDATE/DELETE run and then fails, as a disk error or a
/// dropped connection halfway through a save would.
/// </summary>
public sealed class FailAfterFirstWriteInterceptor : DbCommandInterceptor
{
    private int _writes;

    public bool Armed { get; set; }

    public int WritesBeforeFailure => Volatile.Read(ref _writes);

    private void AfterCommand(DbCommand command)
    {
        var sql = command.CommandText.TrimStart();
        if (!Armed || !(sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        Interlocked.Increment(ref _writes);
        throw new InvalidOperationException("Simulated failure after the first write of a save.");
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        AfterCommand(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterCommand(command);
        return ValueTask.FromResult(result);
    }
}

public sealed class FailingWriteSiteFactory : SiteFactory
{
    public FailAfterFirstWriteInterceptor Failure { get; } = new();

    protected override bool Seed => false;

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor>(Failure);
}

public class FaultAtomicityTests(FailingWriteSiteFactory site) : IClassFixture<FailingWriteSiteFactory>
{
    private async Task<int> SeedAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Seeding_ThatFailsAfterItsFirstWrite_LeavesNoPartialData_AndSucceedsOnRetry()
    {
        var before = await site.WithDbAsync(DatabaseRowCounts.CaptureAsync);

        site.Failure.Armed = true;
        var failure = await Assert.ThrowsAnyAsync<Exception>(SeedAsync);
        site.Failure.Armed = false;

        Assert.Contains("Simulated failure after the first write", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, site.Failure.WritesBeforeFailure);
        var afterFailure = await site.WithDbAsync(DatabaseRowCounts.CaptureAsync);
        Assert.Empty(DatabaseRowCounts.Differences(before, afterFailure));

        var added = await SeedAsync();
        Assert.True(added > 0);
        Assert.True(await site.WithDbAsync(db => db.Partners.CountAsync()) > 0);
    }
}
