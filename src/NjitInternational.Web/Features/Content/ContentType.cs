using System.Linq.Expressions;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// What the site knows about one content type, read by every feature that lists types (revisions,
/// output-cache tags, the scheduler, dashboard, reminders, link check, search, sitemap, navigation).
/// The descriptions themselves are in <see cref="ContentTypes"/>.
/// </summary>
public abstract class ContentType
{
    /// <summary>Short name: the output-cache tag is <c>content:{Key}</c> and search groups its hits under it.</summary>
    public required string Key { get; init; }

    /// <summary>The admin address <c>/admin/{AdminSegment}</c> (its controller's route).</summary>
    public required string AdminSegment { get; init; }

    /// <summary>The public address <c>/{PublicSegment}/{slug}</c>, or null when the type has no public pages of its own.</summary>
    public string? PublicSegment { get; init; }

    /// <summary>Lower-case, in running text ("the partner was saved"). An interface string key (resx).</summary>
    public required string Singular { get; init; }

    /// <summary>List headings, dashboard rows, search groups. An interface string key (resx).</summary>
    public required string Plural { get; init; }

    /// <summary>Public list pages of the type (the sitemap's section pages; the first is its entry in the site menu).</summary>
    public IReadOnlyList<string> PublicListPaths { get; init; } = [];

    /// <summary>Join rows that are edited with, and count as, a record of this type (cache eviction, audit).</summary>
    public IReadOnlyList<Type> OwnedJoins { get; init; } = [];

    public bool InSearch { get; init; }

    public bool InSitemap { get; init; }

    public bool InLinkCheck { get; init; }

    public bool InReminders { get; init; } = true;

    public bool OnDashboard { get; init; } = true;

    /// <summary>Listed on the translation status page when its Chinese lags its English.</summary>
    public bool InTranslationStatus { get; init; } = true;

    public abstract Type EntityType { get; }

    /// <summary>The name revisions and audit entries store (the entity's CLR name).</summary>
    public string Name => EntityType.Name;

    public string CacheTag => "content:" + Key;

    public string Segment => AdminSegment;

    public string BasePath => "/admin/" + AdminSegment;

    /// <summary>The admin preview, <c>/admin/preview/[controller]</c> (its controller's name, lower-cased).</summary>
    public string PreviewPath => "/admin/preview/" + AdminSegment.Replace("-", string.Empty, StringComparison.Ordinal);

    public string EditPath(int id) => $"{BasePath}/{id}/edit";

    public string HistoryPath(int id) => $"{BasePath}/{id}/history";

    /// <summary>A record's public page, or null when the type has none.</summary>
    public abstract string? PublicPath(string slug);

    /// <summary>Every record, tracked (the scheduler changes them).</summary>
    public abstract IQueryable<ContentEntity> Records(AppDbContext db);

    /// <summary>Every record as a <see cref="ContentSummary"/> (no tracking); composable in queries.</summary>
    public abstract IQueryable<ContentSummary> Summaries(AppDbContext db);

    /// <summary>The records a visitor sees now (<see cref="PublishedQueries"/>), as summaries.</summary>
    public abstract IQueryable<ContentSummary> VisibleSummaries(AppDbContext db, DateTime nowUtc);

    /// <summary>Whether visibility depends on more than the record's own status and times (a partner's country).</summary>
    public abstract bool HasOwnVisibilityRule { get; }

    /// <summary>Every Markdown field of the records that are not archived, for the link check.</summary>
    public abstract Task<List<MarkdownSource>> MarkdownSourcesAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether the description says what search indexes (<c>Search</c>); a test holds it to <see cref="InSearch"/>.</summary>
    public abstract bool DescribesSearchText { get; }

    /// <summary>The search texts of the records with these ids (no tracking); empty for a type not in search.</summary>
    public abstract IQueryable<SearchSource> SearchSources(AppDbContext db, IReadOnlyCollection<int> ids);

    /// <summary>The search texts of up to <paramref name="take"/> records after id <paramref name="afterId"/>, by id (the index rebuild's batches).</summary>
    public abstract IQueryable<SearchSource> SearchSourcesAfter(AppDbContext db, int afterId, int take);
}

/// <summary>The columns every content type has, with its title and slug; built by <see cref="ContentType{T}"/>.</summary>
public sealed class ContentSummary
{
    public int Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Slug { get; init; }

    public PublicationStatus Status { get; init; }

    public DateTime? PublishAtUtc { get; init; }

    public DateTime? UnpublishAtUtc { get; init; }

    public DateOnly? ReviewBy { get; init; }

    public DateTime UpdatedAtUtc { get; init; }
}

/// <summary>A Markdown field of a content type, with the label staff read in the link check.</summary>
public sealed record MarkdownField<T>(string Label, Expression<Func<T, string?>> Value);

/// <summary>One Markdown field of one record.</summary>
public sealed record MarkdownSource(ContentType Type, int Id, string Title, string Field, string? Markdown);
