using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Resources;

namespace NjitInternational.UnitTests.Localization;

/// <summary>The site's cached localizer gives exactly what the stock resx localizer gives, in every culture it may meet.</summary>
public sealed class FrozenStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory Stock =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    /// <summary>The site's two, a child of each that may reach a thread, and cultures with no resources of their own.</summary>
    public static TheoryData<string> Cultures => new() { "en", "zh-CN", "en-GB", "zh", "fr", "" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryString_MatchesTheStockLocalizer(string cultureName)
    {
        var stock = Stock.Create(typeof(SharedResource));
        var frozen = new SharedResourceLocalizerFactory(Stock).Create(typeof(SharedResource));
        List<string> names;
        using (new UiCulture("en"))
        {
            names = stock.GetAllStrings(includeParentCultures: true).Select(s => s.Name).Distinct().ToList();
        }

        Assert.True(names.Count > 100, $"only {names.Count} strings found");
        using var _ = new UiCulture(cultureName);
        foreach (var name in names)
        {
            Assert.Equal(stock[name].Value, frozen[name].Value);
            Assert.Equal(stock[name].ResourceNotFound, frozen[name].ResourceNotFound);
        }
    }

    [Fact]
    public void ChineseStrings_AreChinese_AndEnglishOnesAreNot()
    {
        var frozen = new SharedResourceLocalizerFactory(Stock).Create(typeof(SharedResource));
        string english;
        using (new UiCulture("en"))
        {
            english = frozen["Partner institutions"].Value;
        }

        using (new UiCulture("zh-CN"))
        {
            var chinese = frozen["Partner institutions"].Value;
            Assert.NotEqual(english, chinese);
            Assert.Contains(chinese, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }

    [Fact]
    public void AnUnknownKey_IsItsOwnText_AndMarkedNotFound()
    {
        var frozen = new SharedResourceLocalizerFactory(Stock).Create(typeof(SharedResource));
        using var _ = new UiCulture("zh-CN");

        var missing = frozen["No such interface text {0}", 7];

        Assert.Equal("No such interface text 7", missing.Value);
        Assert.True(missing.ResourceNotFound);
    }

    [Fact]
    public void FormatArguments_UseTheCurrentCulture()
    {
        var frozen = new SharedResourceLocalizerFactory(Stock).Create(typeof(SharedResource));
        using var _ = new UiCulture("en");

        Assert.Equal(Stock.Create(typeof(SharedResource))["{0} partners", 1234].Value, frozen["{0} partners", 1234].Value);
    }

    [Fact]
    public void OtherResourceTypes_GetTheStockLocalizer()
    {
        var factory = new SharedResourceLocalizerFactory(Stock);

        Assert.IsType<FrozenStringLocalizer>(factory.Create(typeof(SharedResource)));
        Assert.IsNotType<FrozenStringLocalizer>(factory.Create(typeof(FrozenStringLocalizerTests)));
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

        public UiCulture(string name)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _culture;
        }
    }
}
