using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Configurations;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// Writes <see cref="SearchDocument"/> rows from the content type descriptions (<see cref="ContentType.InSearch"/>
/// and <c>Search</c>): for the records a save changed (<see cref="SearchIndexStep"/>) and, from scratch,
/// for every record (<see cref="RebuildAsync"/>). A new searchable type needs nothing here.
/// </summary>
public static class SearchIndexer
{
    private const int RebuildBatchSize = 2000;

    public static IEnumerable<ContentType> SearchableTypes => ContentTypes.All.Where(t => t.InSearch);

    /// <summary>Removes the rows of these records; returns the rows they should have now (to add in the same transaction).</summary>
    public static List<SearchDocument> Reindex(AppDbContext db, ContentType type, IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        db.SearchDocuments.Where(d => d.TypeKey == type.Key && ids.Contains(d.RecordId)).ExecuteDelete();
        return [.. type.SearchSources(db, ids).AsEnumerable().Select(s => ToDocument(type, s))];
    }

    /// <inheritdoc cref="Reindex"/>
    public static async Task<List<SearchDocument>> ReindexAsync(AppDbContext db, ContentType type, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        await db.SearchDocuments.Where(d => d.TypeKey == type.Key && ids.Contains(d.RecordId)).ExecuteDeleteAsync(cancellationToken);
        var sources = await type.SearchSources(db, ids).ToListAsync(cancellationToken);
        return [.. sources.Select(s => ToDocument(type, s))];
    }

    /// <summary>Empties the index and fills it again from every searchable record, in one transaction; returns the number of rows.</summary>
    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SearchDocuments.ExecuteDeleteAsync(ct);
            var written = 0;
            foreach (var type in SearchableTypes)
            {
                var afterId = 0;
                while (true)
                {
                    var sources = await type.SearchSourcesAfter(db, afterId, RebuildBatchSize).ToListAsync(ct);
                    if (sources.Count == 0)
                    {
                        break;
                    }

                    db.SearchDocuments.AddRange(sources.Select(s => ToDocument(type, s)));
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    written += sources.Count;
                    afterId = sources[^1].Id;
                }
            }

            await transaction.CommitAsync(ct);
            return written;
        }, cancellationToken);
    }

    /// <summary>Whether the index lacks rows (a database filled in bulk, e.g. by generate-demo-data): one count per type.</summary>
    public static async Task<bool> IsIncompleteAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var records = 0;
        foreach (var type in SearchableTypes)
        {
            records += await type.Summaries(db).CountAsync(cancellationToken);
        }

        return await db.SearchDocuments.CountAsync(cancellationToken) != records;
    }

    public static SearchDocument ToDocument(ContentType type, SearchSource source)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var related = text.Related.Concat(text.RelatedZh).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        return new SearchDocument
        {
            TypeKey = type.Key,
            RecordId = source.Id,
            Slug = source.Slug,
            Status = source.Status,
            PublishAtUtc = source.PublishAtUtc,
            UnpublishAtUtc = source.UnpublishAtUtc,
            Title = Cut(text.Title, SearchDocumentConfiguration.TitleLength) ?? string.Empty,
            TitleZh = Cut(text.TitleZh, SearchDocumentConfiguration.TitleLength),
            Summary = Cut(JoinShort(text.Summary.Concat(related)), SearchDocumentConfiguration.SummaryLength),
            SummaryZh = Cut(JoinShort(text.SummaryZh.Concat(related)), SearchDocumentConfiguration.SummaryLength),
            Body = Cut(PlainText(text.Body), SearchDocumentConfiguration.BodyLength),
            BodyZh = Cut(PlainText(text.BodyZh), SearchDocumentConfiguration.BodyLength),
        };
    }

    private static string? JoinShort(IEnumerable<string?> parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct().ToList();
        return present.Count == 0 ? null : string.Join(" \u00b7 ", present);
    }

    /// <summary>Markdown reduced to its words: no markup is indexed, so none can be shown in a snippet or matched.</summary>
    private static string? PlainText(IEnumerable<string?> markdownFields)
    {
        var texts = markdownFields
            .Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(m => string.Join(' ', Markdig.Markdown.ToPlainText(m!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .ToList();
        return texts.Count == 0 ? null : string.Join('\n', texts);
    }

    private static string? Cut(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length];
}
