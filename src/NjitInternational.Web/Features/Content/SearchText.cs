using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// What site search indexes of one record, described per type in <see cref="ContentTypes"/>
/// (<c>Search = p => new SearchText { … }</c>, translated by EF): its title, short texts shown in the
/// snippet, and Markdown fields (reduced to plain text when indexed), in both languages.
/// </summary>
public sealed class SearchText
{
    public string Title { get; init; } = string.Empty;

    public string? TitleZh { get; init; }

    /// <summary>Short plain texts (place, field, summary), joined with " · ".</summary>
    public IEnumerable<string?> Summary { get; init; } = [];

    public IEnumerable<string?> SummaryZh { get; init; } = [];

    /// <summary>Markdown fields.</summary>
    public IEnumerable<string?> Body { get; init; } = [];

    public IEnumerable<string?> BodyZh { get; init; } = [];

    /// <summary>Names of related records a visitor may search by (a programme's partners' countries), both languages are added to both summaries (a visitor may type either).</summary>
    public IEnumerable<string?> Related { get; init; } = [];

    public IEnumerable<string?> RelatedZh { get; init; } = [];
}

/// <summary>One record's <see cref="SearchText"/> with what decides its visibility.</summary>
public sealed class SearchSource
{
    public int Id { get; init; }

    public string? Slug { get; init; }

    public PublicationStatus Status { get; init; }

    public DateTime? PublishAtUtc { get; init; }

    public DateTime? UnpublishAtUtc { get; init; }

    public SearchText Text { get; init; } = new();
}
