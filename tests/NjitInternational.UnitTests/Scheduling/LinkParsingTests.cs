using NjitInternational.Web.Features.Reminders;

namespace NjitInternational.UnitTests.Scheduling;

public class LinkParsingTests
{
    [Fact]
    public void InternalLinks_AreReadFromTheMarkdown_NotFromTextThatLooksLikeAPath()
    {
        const string markdown = """
            See [our partner](/partners/some-slug "title") and [the office][office].
            Code: `[not a link](/about/in-code)` and plain /about/plain-text.
            ![logo](/media/logo.png) [elsewhere](https://example.org/about/x) [protocol-relative](//example.org/x)

            [office]: /about/office
            """;

        var links = LinkCheckQuery.InternalLinks(markdown).ToList();

        Assert.Equal(["/partners/some-slug", "/about/office"], links);
    }

    [Fact]
    public void InternalLinks_OfEmptyText_AreNone() =>
        Assert.Empty(LinkCheckQuery.InternalLinks(null));
}
