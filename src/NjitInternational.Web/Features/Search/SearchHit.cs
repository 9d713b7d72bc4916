namespace NjitInternational.Web.Features.Search;

public sealed record SearchHit(Localization.LocalizedText Title, string Url, string? Snippet);
