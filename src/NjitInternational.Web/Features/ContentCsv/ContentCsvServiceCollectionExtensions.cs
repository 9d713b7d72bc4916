namespace NjitInternational.Web.Features.ContentCsv;

internal static class ContentCsvServiceCollectionExtensions
{
    public static IServiceCollection AddContentCsv(this IServiceCollection services)
    {
        services.AddScoped<CsvImporter>();
        services.AddScoped<PartnerCsv>();
        services.AddScoped<ProgrammeCsv>();
        services.AddSingleton<ImportStaging>();
        return services;
    }
}
