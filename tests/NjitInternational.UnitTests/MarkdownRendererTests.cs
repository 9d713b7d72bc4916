using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.UnitTests;

public class MarkdownRendererTests
{
    // No localized routes registered: links are rendered as written (the prefixing is tested over HTTP).
    private readonly MarkdownRenderer _renderer = new(new LocalizedRouteTable());

    private string Render(string markdown) => _renderer.Render(markdown).ToString()!;

    [Fact]
    public void Render_TurnsMarkdownIntoHtml()
    {
        var html = Render("Partners in **Finland** and [Oulu](https://www.oulu.fi/).");

        Assert.Contains("<strong>Finland</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.oulu.fi/\">Oulu</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "style=")]
    public void Render_RemovesScriptableContent(string markdown, string forbidden)
    {
        var html = Render(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Render_ReturnsNothing_ForEmptyInput(string? markdown)
    {
        Assert.Equal(string.Empty, _renderer.Render(markdown).ToString());
    }
}
