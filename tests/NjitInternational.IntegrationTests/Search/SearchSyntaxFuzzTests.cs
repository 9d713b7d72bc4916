using System.Net;
using NjitInternational.IntegrationTests.Fuzz;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Search;

/// <summary>
/// FTS5 syntax and LIKE wildcards in a visitor's query are searched as text on /en/search and
/// /zh/search: never an error, never a 500. On the fuzz site, whose search rate limit these
/// fifty-odd requests would otherwise reach.
/// </summary>
public class SearchSyntaxFuzzTests(FuzzSiteFactory site) : IClassFixture<FuzzSiteFactory>
{
    [Theory]
    [InlineData("\"")]
    [InlineData("\"oulu")]
    [InlineData("oulu\"")]
    [InlineData("*")]
    [InlineData("oulu*")]
    [InlineData("NEAR")]
    [InlineData("NEAR(oulu school)")]
    [InlineData("oulu NEAR/2 school")]
    [InlineData("-oulu")]
    [InlineData("Title:oulu")]
    [InlineData("^oulu")]
    [InlineData("oulu AND OR NOT")]
    [InlineData("(oulu")]
    [InlineData("\"\"\"")]
    [InlineData(":")]
    [InlineData("{Title TitleZh}: oulu")]
    [InlineData("\"奥克兰")]
    [InlineData("奥克兰* NEAR(大学 合作)")]
    [InlineData("-合作")]
    [InlineData("^\"")]
    [InlineData(")(")]
    [InlineData("a:b")]
    [InlineData("oulu -school \"")]
    [InlineData("%_[\\")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Fts5Syntax_IsSearchedAsText_NeverAnError_InEitherLanguage(string q)
    {
        foreach (var (culture, heading) in new[] { ("en", $"Search results for “{q}”"), ("zh", $"“{q}”的搜索结果") })
        {
            using var response = await site.CreateClient().GetAsync(new Uri($"/{culture}/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(heading, (await response.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task AVeryLongQueryOfQuotes_IsCutAndAnswered_InEitherLanguage()
    {
        foreach (var culture in new[] { "en", "zh" })
        {
            using var response = await site.CreateClient().GetAsync(new Uri($"/{culture}/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("\"a* NEAR(", 2000))), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
