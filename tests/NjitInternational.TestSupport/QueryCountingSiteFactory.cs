using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace NjitInternational.TestSupport;

/// <summary>A seeded site whose SQL commands are counted by <see cref="Queries"/>.</summary>
public class QueryCountingSiteFactory : SiteFactory
{
    public QueryCounter Queries { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor>(Queries);

    /// <summary>GETs <paramref name="url"/> and returns the number of SQL commands it ran.</summary>
    public async Task<(HttpResponseMessage Response, int Queries)> GetCountingQueriesAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        Queries.Reset();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        return (response, Queries.Count);
    }
}
