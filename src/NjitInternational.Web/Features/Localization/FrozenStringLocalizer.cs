using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// The site's interface strings (SharedResource) read once per culture into an immutable
/// dictionary. The stock resx localizer locks inside ResourceManager on every lookup; a page makes
/// about a hundred lookups, and under load the threads queued on that lock (a tenth of the
/// directory page's CPU in a profile). Same strings, same fallback to parent cultures and to the key.
/// </summary>
internal sealed class FrozenStringLocalizer(IStringLocalizer resx) : IStringLocalizer
{
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> _byCulture = new(StringComparer.Ordinal);

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var found = Strings().TryGetValue(name, out var value);
            return new LocalizedString(name, found ? value! : name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resx.GetAllStrings(includeParentCultures);

    private FrozenDictionary<string, string> Strings() =>
        _byCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, self) => self.Load(), this);

    /// <summary>The current UI culture's strings, a culture's own before its parents' (zh-CN, zh, neutral).</summary>
    private FrozenDictionary<string, string> Load()
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in resx.GetAllStrings(includeParentCultures: true))
            {
                strings.TryAdd(entry.Name, entry.Value);
            }
        }
        catch (MissingManifestResourceException)
        {
            // A culture with no resources at all (e.g. the invariant culture): every key is its own text.
        }

        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Hands out the <see cref="FrozenStringLocalizer"/> for SharedResource; any other type gets the stock localizer.</summary>
internal sealed class SharedResourceLocalizerFactory(ResourceManagerStringLocalizerFactory resx) : IStringLocalizerFactory
{
    private readonly Lazy<FrozenStringLocalizer> _shared = new(() => new FrozenStringLocalizer(resx.Create(typeof(Resources.SharedResource))));

    public IStringLocalizer Create(Type resourceSource) =>
        resourceSource == typeof(Resources.SharedResource) ? _shared.Value : resx.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) => resx.Create(baseName, location);
}
