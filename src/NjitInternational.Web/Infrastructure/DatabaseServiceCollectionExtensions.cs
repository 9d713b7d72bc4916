using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Seed;
using NjitInternational.Web.Infrastructure.Saving;

namespace NjitInternational.Web.Infrastructure;

internal static class DatabaseServiceCollectionExtensions
{
    /// <summary>Default SQLite file, relative to the content root; the folder is created on first run.</summary>
    private const string DefaultSqliteFile = "App_Data/njit-international.db";

    public static IServiceCollection AddAppDatabase(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddHttpContextAccessor();
        services.TryAddSingletonTimeProvider();
        services.AddSingleton<ICurrentUser, HttpContextCurrentUser>();
        // Every registered EF Core interceptor joins the context (tests add a query counter); the
        // save pipeline is the only one of the site's own.
        services.AddSavePipeline();

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("Default")
                    ?? throw new InvalidOperationException(
                        "Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
                services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((sp, db) => db
                    .UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                // Retries ride out a failover or a dropped connection, but only briefly: when the
                // server is gone, visitors get the 503 page within seconds instead of a minute.
                var postgreSql = configuration.GetConnectionString("Default")
                    ?? throw new InvalidOperationException(
                        "Database:Provider is PostgreSql but ConnectionStrings:Default is not set.");
                services.AddDbContextPool<AppDbContext, PostgreSqlAppDbContext>((sp, db) => db
                    .UseNpgsql(postgreSql, npgsql => npgsql.EnableRetryOnFailure(
                        maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                var sqlite = SqliteConnectionString(configuration.GetConnectionString("Default"), environment);
                services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, db) => db
                    .UseSqlite(sqlite)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
        }

        services.AddScoped<SeedContent>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>
    /// Resolves a relative SQLite path against the content root (not the working directory) and
    /// creates its folder, so `dotnet run` works from any directory on a fresh machine.
    /// </summary>
    private static string SqliteConnectionString(string? configured, IHostEnvironment environment)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
