namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>A country or region to mark on the approved map, with its accessible label.</summary>
public sealed record MapMarkerItem(string IsoCode, string Label);

/// <summary>What the _ApprovedMap partial draws on the base map.</summary>
public sealed record ApprovedMapModel(string AccessibleName, IReadOnlyList<MapMarkerItem> Markers);
