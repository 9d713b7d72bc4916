using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Features.DemoData;
using NjitInternational.Web.Features.Search;
using NjitInternational.Web.Infrastructure;
using NjitInternational.Web.Infrastructure.Backup;
using NjitInternational.Web.Infrastructure.DatabaseCopy;
using NjitInternational.Web.Infrastructure.Logging;
using NjitInternational.Web.Infrastructure.ScaleOut;
using Serilog;

// Two-stage logging: this bootstrap logger records failures before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    if (args is [GenerateDemoDataCommand.Name, .. var commandArgs])
    {
        return await GenerateDemoDataCommand.RunAsync(commandArgs, Console.Out, CancellationToken.None);
    }

    var builder = WebApplication.CreateBuilder(
        CopyDatabaseCommand.HostArguments(
            BackupCommands.HostArguments(InitializeDatabaseCommand.HostArguments(CreateAdminCommand.HostArguments(RebuildSearchIndexCommand.HostArguments(args))))));
    builder.AddAppLogging();
    builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
    builder.Services.AddAppWeb(builder.Configuration);

    var app = builder.Build();
    if (BackupCommands.IsInvoked(args))
    {
        // Before the database initializer: a backup copies the site as it is, and a restore
        // replaces the file the initializer would otherwise create or migrate.
        return await BackupCommands.RunAsync(app, args, Console.Out, Console.Error);
    }

    if (CopyDatabaseCommand.IsInvoked(args))
    {
        // Also before the initializer: the source is copied as it is, never migrated or seeded.
        return await CopyDatabaseCommand.RunAsync(app.Services, args, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
    }

    if (RebuildSearchIndexCommand.IsInvoked(args))
    {
        return await RebuildSearchIndexCommand.RunAsync(app, Console.Out);
    }

    if (InitializeDatabaseCommand.IsInvoked(args))
    {
        return await InitializeDatabaseCommand.RunAsync(app, Console.Out, Console.Error);
    }

    await app.InitializeDatabaseAsync();
    if (CreateAdminCommand.IsInvoked(args))
    {
        return await app.RunCreateAdminAsync(args);
    }

    app.UseAppPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The site failed to start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so WebApplicationFactory&lt;Program&gt; can host the site in tests.</summary>
public partial class Program;
