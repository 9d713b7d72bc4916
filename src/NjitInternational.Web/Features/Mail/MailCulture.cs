using System.Globalization;

namespace NjitInternational.Web.Features.Mail;

/// <summary>
/// Composes a message in its recipient's language: the site's localizer reads the current UI
/// culture, so the culture is switched for the composition and restored afterwards.
/// </summary>
public sealed class MailCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private MailCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>The site's two languages; anything else is English.</summary>
    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";

    public static MailCulture Use(string? culture) => new(Normalize(culture));

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
