using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Seo;

namespace NjitInternational.IntegrationTests;

/// <summary>A site whose sitemap files hold ten pages each, so the seed needs an index.</summary>
public sealed class SmallSitemapFilesSite : SiteFactory
{
    public const int EntriesPerFile = 10;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sitemap:EntriesPerFile", EntriesPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Past the per-file limit (the protocol allows 50,000 URLs a file), sitemap.xml is an index of files that together list every page once per language.</summary>
public class SitemapIndexTests(SmallSitemapFilesSite site) : IClassFixture<SmallSitemapFilesSite>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task ALargeSitemap_IsAnIndexOfFiles_ThatTogetherListEveryPageInBothLanguages()
    {
        var client = site.CreateClient();
        int pages;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            pages = (await scope.ServiceProvider.GetRequiredService<SitemapQuery>().GetAsync(CancellationToken.None)).Count;
        }

        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        var files = index.Elements(Ns + "sitemap").Select(s => new Uri(s.Element(Ns + "loc")!.Value)).ToList();
        Assert.Equal((pages + SmallSitemapFilesSite.EntriesPerFile - 1) / SmallSitemapFilesSite.EntriesPerFile, files.Count);
        Assert.All(index.Elements(Ns + "sitemap"), s => Assert.NotNull(s.Element(Ns + "lastmod")));

        var locs = new List<string>();
        foreach (var file in files)
        {
            var urlset = XDocument.Parse(await client.GetStringAsync(new Uri(file.PathAndQuery, UriKind.Relative))).Root!;
            Assert.Equal(Ns + "urlset", urlset.Name);
            var fileLocs = urlset.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
            Assert.InRange(fileLocs.Count, 1, 2 * SmallSitemapFilesSite.EntriesPerFile);
            locs.AddRange(fileLocs);
        }

        Assert.Equal(2 * pages, locs.Count);
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("http://localhost/en/partners/university-of-strathclyde", locs);
        Assert.Contains("http://localhost/zh/partners/university-of-strathclyde", locs);
        Assert.Contains("http://localhost/zh", locs);
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-999.xml")]
    public async Task AFileNumberOutsideTheIndex_IsNotFound(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>A sitemap within one file stays one urlset, and there are no numbered files.</summary>
public class SitemapSingleFileTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ASmallSitemap_IsOneUrlSet_WithNoNumberedFiles()
    {
        var client = site.CreateClient();
        var root = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        using var first = await client.GetAsync(new Uri("/sitemap-1.xml", UriKind.Relative));

        Assert.Equal(XName.Get("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9"), root.Name);
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
    }
}
