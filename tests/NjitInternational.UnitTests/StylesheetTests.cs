namespace NjitInternational.UnitTests;

/// <summary>
/// A stylesheet with an unclosed block silently drops every rule after it (a merge once lost the
/// closing brace of two media queries, and half the site's styles with them).
/// </summary>
public class StylesheetTests
{
    public static TheoryData<string> Stylesheets()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var css = Path.Combine(dir.FullName, "src", "NjitInternational.Web", "wwwroot", "css");
            if (Directory.Exists(css))
            {
                return [.. Directory.GetFiles(css, "*.css")];
            }
        }

        throw new DirectoryNotFoundException("src/NjitInternational.Web/wwwroot/css not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public void Stylesheet_ClosesEveryBlockItOpens(string path)
    {
        var depth = 0;
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            foreach (var c in text)
            {
                depth += c switch { '{' => 1, '}' => -1, _ => 0 };
                Assert.True(depth >= 0, $"{Path.GetFileName(path)}:{line} closes a block that is not open");
            }

            // Only media queries nest; a rule opened inside a rule means a lost closing brace.
            Assert.True(depth <= 2, $"{Path.GetFileName(path)}:{line} nests deeper than a media query");
        }

        Assert.Equal(0, depth);
    }
}
