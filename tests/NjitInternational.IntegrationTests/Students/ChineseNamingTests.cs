using System.Text.RegularExpressions;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Students;

/// <summary>南工 reads as 南京工业大学: the Chinese interface names NJIT 南京工程学院 or 南工程.</summary>
public partial class ChineseNamingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [GeneratedRegex("南工(?!程)")]
    private static partial Regex AmbiguousShortName();

    [Theory]
    [InlineData("/zh/")]
    [InlineData("/zh/study-at-njit")]
    [InlineData("/zh/programmes")]
    public async Task ChinesePages_SayStudyAtNjitAs来南工程留学_AndNeverAbbreviateTo南工(string path)
    {
        var page = await site.CreateClient().GetHtmlAsync(path);

        Assert.Contains(page.QuerySelectorAll("nav.site-nav a"), a => a.NormalizedText() == "来南工程留学");
        Assert.DoesNotMatch(AmbiguousShortName(), page.DocumentElement.TextContent);
    }

    [Fact]
    public void TheChineseResourceFile_HasNo南工NotFollowedBy程()
    {
        var resx = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "NjitInternational.Web", "Resources", "SharedResource.zh-CN.resx");

        Assert.DoesNotMatch(AmbiguousShortName(), File.ReadAllText(resx));
    }
}
