namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>
/// The approved base map (section "PartnerMap"). A Chinese public institution may publish only maps
/// that follow 《地图管理条例》 and 《公开地图内容表示规范》, normally the national standard map with its
/// approval number (审图号), on English pages too. So no map is drawn unless the office supplies one:
/// see docs/deployment.md.
/// </summary>
public sealed class PartnerMapOptions
{
    public const string SectionName = "PartnerMap";

    /// <summary>Path of the SVG base map from the national standard map service; null: no map anywhere.</summary>
    public string? BaseMapPath { get; set; }

    /// <summary>The map's approval number, e.g. "GS(2024)0650号", printed under every map.</summary>
    public string? ApprovalNumber { get; set; }

    /// <summary>The base map's projection and the longitudes and latitudes of its edges.</summary>
    public PartnerMapBounds Bounds { get; set; } = new();

    public bool HasBaseMap => !string.IsNullOrWhiteSpace(BaseMapPath);
}

/// <summary>
/// Where the base map's edges are, in degrees, so markers can be placed on it. Only
/// <see cref="Equirectangular"/> (plate carrée: x linear in longitude, y linear in latitude) is
/// supported. A Pacific-centred map may give East beyond 180 (e.g. West -30, East 330).
/// </summary>
public sealed class PartnerMapBounds
{
    public const string Equirectangular = "Equirectangular";

    public string Projection { get; set; } = Equirectangular;

    public double? West { get; set; }

    public double? East { get; set; }

    public double? South { get; set; }

    public double? North { get; set; }
}
