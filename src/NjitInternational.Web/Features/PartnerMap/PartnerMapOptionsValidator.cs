using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>
/// Checked at start-up. A base map without its approval number is refused (the site does not start)
/// rather than silently left out: publishing a map without its 审图号 is not allowed, and an office
/// that configured a map expects to see it, so the mistake should be found at deployment.
/// </summary>
public sealed class PartnerMapOptionsValidator : IValidateOptions<PartnerMapOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnerMapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasBaseMap)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        const string Prefix = PartnerMapOptions.SectionName + ":";
        if (string.IsNullOrWhiteSpace(options.ApprovalNumber))
        {
            errors.Add($"{Prefix}ApprovalNumber is required with {Prefix}BaseMapPath: every published map must show its approval number (审图号), e.g. GS(2024)0650号.");
        }

        if (!File.Exists(options.BaseMapPath))
        {
            errors.Add($"{Prefix}BaseMapPath \"{options.BaseMapPath}\" is not a file.");
        }
        else if (SvgSize.TryRead(options.BaseMapPath!, out _, out _) is { } svgError)
        {
            errors.Add($"{Prefix}BaseMapPath: {svgError}");
        }

        var b = options.Bounds;
        if (!string.Equals(b.Projection, PartnerMapBounds.Equirectangular, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Prefix}Bounds:Projection \"{b.Projection}\" is not supported: use {PartnerMapBounds.Equirectangular} (the base map's x linear in longitude, y in latitude).");
        }

        if (b.West is not { } west || b.East is not { } east || b.South is not { } south || b.North is not { } north)
        {
            errors.Add($"{Prefix}Bounds needs West, East, South and North (degrees of the map's edges) to place the markers.");
        }
        else
        {
            if (west < -180 || west >= east || east > west + 360 || east > 540)
            {
                errors.Add($"{Prefix}Bounds: West ({west}) must be at least -180 and less than East ({east}), at most 360 degrees apart.");
            }

            if (south < -90 || south >= north || north > 90)
            {
                errors.Add($"{Prefix}Bounds: South ({south}) must be less than North ({north}), both between -90 and 90.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
