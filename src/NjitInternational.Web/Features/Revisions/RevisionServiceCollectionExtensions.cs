namespace NjitInternational.Web.Features.Revisions;

internal static class RevisionServiceCollectionExtensions
{
    /// <summary>History pages, restore and retention. Its save step is registered with the save pipeline.</summary>
    public static IServiceCollection AddRevisions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RevisionOptions>(configuration.GetSection(RevisionOptions.SectionName));
        services.AddScoped<RecordLookup>();
        services.AddScoped<RevisionHistory>();
        services.AddScoped<RevisionRestorer>();
        services.AddScoped<DeletedRecords>();
        services.AddScoped<RevisionRetention>();
        services.AddHostedService<RevisionRetentionService>();
        return services;
    }
}
