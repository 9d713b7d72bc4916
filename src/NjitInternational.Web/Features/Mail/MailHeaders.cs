using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Rules for text that reaches a mail header. CR or LF would start a new header (header injection);
/// other control characters have no business there either. Forms refuse such input with a message
/// next to the field (<see cref="NoControlCharactersAttribute"/>); this is the last line of defence.
/// </summary>
public static class MailHeaders
{
    public static bool HasControlCharacters([NotNullWhen(true)] string? value) =>
        value is not null && value.Any(char.IsControl);

    public static string RequireSafe(string value) =>
        HasControlCharacters(value) ? throw new ArgumentException("A mail header may not contain control characters.", nameof(value)) : value;

    /// <summary>True when <paramref name="value"/> is one plain address (no display name, no group, no control characters).</summary>
    public static bool IsSingleAddress([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !HasControlCharacters(value)
        && MailboxAddress.TryParse(value.Trim(), out var mailbox)
        && mailbox.Address.Contains('@', StringComparison.Ordinal)
        && string.Equals(mailbox.Address, value.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The addresses of a ';'-separated list, each parsed; empty when any is unusable.</summary>
    public static IReadOnlyList<MailboxAddress> ParseList(string? list)
    {
        if (string.IsNullOrWhiteSpace(list) || HasControlCharacters(list))
        {
            return [];
        }

        var parsed = new List<MailboxAddress>();
        foreach (var part in list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MailboxAddress.TryParse(part, out var mailbox))
            {
                return [];
            }

            parsed.Add(mailbox);
        }

        return parsed;
    }
}
