namespace NjitInternational.Web.Features.Partners;

/// <summary>A filter value with how many partners it would show, given the other filters.</summary>
public sealed record FacetValue<T>(T Value, string Label, int Count, bool Selected);
