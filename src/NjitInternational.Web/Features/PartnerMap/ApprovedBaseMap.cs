using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Countries;

namespace NjitInternational.Web.Features.PartnerMap;


/// <summary>
/// The office's approved base map, when configured (<see cref="PartnerMapOptions"/>): its size,
/// approval number and where a country's representative point falls on it. Without a configured
/// map <see cref="IsAvailable"/> is false and no page draws a map.
/// </summary>
public sealed class ApprovedBaseMap
{
    /// <summary>Where the base map is served to the browser (as an image, so its content never runs as script).</summary>
    public const string ImagePath = "/partners/map/base-map.svg";

    private readonly PartnerMapBounds _bounds;

    public ApprovedBaseMap(IOptions<PartnerMapOptions> options, ILogger<ApprovedBaseMap> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _bounds = value.Bounds;
        if (!value.HasBaseMap)
        {
            logger.LogInformation("No approved base map (PartnerMap:BaseMapPath): pages show partners by country and region without a map.");
            return;
        }

        // The options validator has checked the file at start-up.
        SvgSize.TryRead(value.BaseMapPath!, out var width, out var height);
        (FilePath, Width, Height) = (Path.GetFullPath(value.BaseMapPath!), width, height);
        var number = value.ApprovalNumber!.Trim();
        ApprovalNumber = number.StartsWith("审图号", StringComparison.Ordinal) ? number[3..].TrimStart('：', ':', ' ') : number;
        IsAvailable = true;
    }

    public bool IsAvailable { get; }

    public string? FilePath { get; }

    /// <summary>Without the "审图号：" label, which the view prints.</summary>
    public string ApprovalNumber { get; } = string.Empty;

    public double Width { get; }

    public double Height { get; }

    /// <summary>Big enough to see and click at phone width.</summary>
    public double MarkerRadius => Math.Max(Width, Height) / 110;

    /// <summary>The point of a country or region on the base map; null when it has no known point or falls outside the map.</summary>
    public (double X, double Y)? Place(string isoCode)
    {
        if (!IsAvailable || CountryList.Find(isoCode) is not { } country)
        {
            return null;
        }

        double west = _bounds.West!.Value, east = _bounds.East!.Value, south = _bounds.South!.Value, north = _bounds.North!.Value;
        var longitude = country.Longitude < west ? country.Longitude + 360 : country.Longitude;
        if (longitude > east || country.Latitude < south || country.Latitude > north)
        {
            return null;
        }

        return ((longitude - west) / (east - west) * Width, (north - country.Latitude) / (north - south) * Height);
    }
}
