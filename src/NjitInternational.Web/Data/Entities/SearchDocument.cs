namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// One searchable record as site search reads it: its texts in both languages (Markdown already
/// reduced to plain text) and what decides whether a visitor may see it. Written only by
/// <see cref="Features.Search.SearchIndexer"/>, from the content type descriptions; on SQLite an
/// FTS5 trigram index over the six texts follows it (Data/Sql/SearchIndexSql.cs).
/// </summary>
public class SearchDocument
{
    /// <summary>Also the FTS5 row id on SQLite.</summary>
    public int Id { get; set; }

    /// <summary>The content type's <c>Key</c> (e.g. "partners").</summary>
    public string TypeKey { get; set; } = string.Empty;

    public int RecordId { get; set; }

    public string? Slug { get; set; }

    public PublicationStatus Status { get; set; }

    public DateTime? PublishAtUtc { get; set; }

    public DateTime? UnpublishAtUtc { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? TitleZh { get; set; }

    public string? Summary { get; set; }

    public string? SummaryZh { get; set; }

    public string? Body { get; set; }

    public string? BodyZh { get; set; }
}
