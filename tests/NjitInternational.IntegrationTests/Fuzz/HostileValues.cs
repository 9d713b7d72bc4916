using System.Text;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>One hostile value: text, or raw bytes for what a .NET string cannot hold (invalid UTF-8, lone surrogates).</summary>
public sealed record HostileValue(string Name, byte[] Bytes)
{
    public static HostileValue Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public override string ToString() => Name;
}

/// <summary>The values every field and query parameter is fed.</summary>
public static class HostileValues
{
    /// <summary>Must only ever appear HTML-encoded in a response.</summary>
    public const string ScriptMarker = "<script>alert(1)</script>";

    public static IReadOnlyList<HostileValue> All { get; } =
    [
        HostileValue.Text("10,000 characters", new string('a', 10_000)),
        HostileValue.Text("10,000 multi-byte characters", string.Concat(Enumerable.Repeat("南京工程学院", 1_667))),
        HostileValue.Text("control characters", new string([.. Enumerable.Range(0, 32).Select(i => (char)i)])),
        HostileValue.Text("SQL injection", "' OR 1=1 --"),
        HostileValue.Text("SQL statement", "1; DROP TABLE Partners; --"),
        HostileValue.Text("script tag", ScriptMarker),
        HostileValue.Text("attribute break-out", "\"><script>alert(1)</script><x a=\""),
        HostileValue.Text("javascript URL", "javascript:alert(1)"),
        HostileValue.Text("huge number", "99999999999999999999999999"),
        HostileValue.Text("below int range", "-2147483649"),
        HostileValue.Text("negative", "-3"),
        HostileValue.Text("not a number", "abc"),
        HostileValue.Text("float overflow", "1e309"),
        HostileValue.Text("empty", string.Empty),
        HostileValue.Text("whitespace only", " \t "),
        HostileValue.Text("path traversal", "../../../../etc/passwd"),
        HostileValue.Text("right-to-left override and emoji", "\u202Eevil\U0001F600"),
        HostileValue.Text("FTS5 syntax", "\"a\" NEAR(b c) -d* ^e: f OR NOT (g"),
        HostileValue.Text("unbalanced quote", "\"oulu"),
        HostileValue.Text("FTS5 column filter", "Title:oulu"),
        new("invalid UTF-8 bytes", [0xFF, 0xFE, 0xC0, 0xAF, 0x80]),
        new("lone surrogate (WTF-8)", [0x61, 0xED, 0xA0, 0x80, 0x62]),
        new("NUL byte", [0x61, 0x00, 0x62]),
    ];

    /// <summary>Percent-encodes raw bytes for a form body or query string (every non-unreserved byte escaped).</summary>
    public static string PercentEncode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    public static string PercentEncode(string text) => PercentEncode(Encoding.UTF8.GetBytes(text));
}
