using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>A programme whose applications close soon: its page and its closing day.</summary>
public sealed record ClosingSoonItem(string Slug, LocalizedText Title, DateOnly Closes);
