using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>The description of one content type whose records are <typeparamref name="T"/>.</summary>
public sealed class ContentType<T> : ContentType
    where T : ContentEntity
{
    private Expression<Func<T, ContentSummary>>? _summary;
    private Func<T, string>? _titleOf;
    private Expression<Func<T, SearchSource>>? _searchSource;

    /// <summary>The name or title: searched, sorted by, shown in headings. Translatable by EF.</summary>
    public required Expression<Func<T, string>> Title { get; init; }

    /// <summary>The address slug, or null for a type without one. Translatable by EF.</summary>
    public Expression<Func<T, string>>? Slug { get; init; }

    /// <summary>Visibility beyond <see cref="PublishedQueries.Published{T}"/> (a partner needs a visible country), or null.</summary>
    public Func<IQueryable<T>, DateTime, IQueryable<T>>? Visibility { get; init; }

    /// <summary>The record's public address from its slug when it is not <c>/{PublicSegment}/{slug}</c>.</summary>
    public Func<string, string>? PublicPathOf { get; init; }

    public IReadOnlyList<MarkdownField<T>> MarkdownFields { get; init; } = [];

    /// <summary>What site search indexes of a record; required when <see cref="ContentType.InSearch"/> (a test checks). Translatable by EF.</summary>
    public Expression<Func<T, SearchText>>? Search { get; init; }

    public override Type EntityType => typeof(T);

    public override bool HasOwnVisibilityRule => Visibility is not null;

    public override bool DescribesSearchText => Search is not null;

    /// <summary>The title of a loaded record (compiled once per type).</summary>
    public string TitleOf(T entity) => (_titleOf ??= Title.Compile())(entity);

    public override string? PublicPath(string slug) =>
        PublicPathOf is not null ? PublicPathOf(slug)
        : PublicSegment is null ? null
        : $"/{PublicSegment}/{Uri.EscapeDataString(slug)}";

    public IQueryable<T> Visible(IQueryable<T> records, DateTime nowUtc) =>
        Visibility is null ? records.Published(nowUtc) : Visibility(records, nowUtc);

    public override IQueryable<ContentEntity> Records(AppDbContext db) => db.Set<T>();

    public override IQueryable<ContentSummary> Summaries(AppDbContext db) =>
        db.Set<T>().AsNoTracking().Select(Summary);

    public override IQueryable<ContentSummary> VisibleSummaries(AppDbContext db, DateTime nowUtc) =>
        Visible(db.Set<T>().AsNoTracking(), nowUtc).Select(Summary);

    public override async Task<List<MarkdownSource>> MarkdownSourcesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (MarkdownFields.Count == 0)
        {
            return [];
        }

        // One query per type: the records with any Markdown field set, each field a column.
        var record = Title.Parameters[0];
        var values = MarkdownFields.Select(f => Rebind(f.Value, record)).ToList();
        var anySet = values.Select(v => (Expression)Expression.NotEqual(v, Expression.Constant(null, typeof(string))))
            .Aggregate(Expression.OrElse);
        var row = Expression.Lambda<Func<T, MarkdownRow>>(
            Expression.MemberInit(
                Expression.New(typeof(MarkdownRow)),
                Expression.Bind(typeof(MarkdownRow).GetProperty(nameof(MarkdownRow.Id))!, Expression.Property(record, nameof(ContentEntity.Id))),
                Expression.Bind(typeof(MarkdownRow).GetProperty(nameof(MarkdownRow.Title))!, Title.Body),
                Expression.Bind(typeof(MarkdownRow).GetProperty(nameof(MarkdownRow.Texts))!, Expression.NewArrayInit(typeof(string), values))),
            record);
        var rows = await db.Set<T>().AsNoTracking()
            .Where(e => e.Status != PublicationStatus.Archived)
            .Where(Expression.Lambda<Func<T, bool>>(anySet, record))
            .Select(row)
            .ToListAsync(cancellationToken);
        return [.. rows.SelectMany(r => MarkdownFields.Select((f, i) => new MarkdownSource(this, r.Id, r.Title, f.Label, r.Texts[i])))];
    }

    public override IQueryable<SearchSource> SearchSources(AppDbContext db, IReadOnlyCollection<int> ids) =>
        Search is null ? Enumerable.Empty<SearchSource>().AsQueryable()
        : db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(SearchSourceOf);

    public override IQueryable<SearchSource> SearchSourcesAfter(AppDbContext db, int afterId, int take) =>
        Search is null ? Enumerable.Empty<SearchSource>().AsQueryable()
        : db.Set<T>().AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(take).Select(SearchSourceOf);

    private Expression<Func<T, SearchSource>> SearchSourceOf => _searchSource ??= BuildSearchSource();

    private Expression<Func<T, SearchSource>> BuildSearchSource()
    {
        var record = Search!.Parameters[0];
        Expression Column(string name) => Expression.Property(record, name);
        MemberBinding Bind(string name, Expression value) => Expression.Bind(typeof(SearchSource).GetProperty(name)!, value);
        return Expression.Lambda<Func<T, SearchSource>>(
            Expression.MemberInit(
                Expression.New(typeof(SearchSource)),
                Bind(nameof(SearchSource.Id), Column(nameof(ContentEntity.Id))),
                Bind(nameof(SearchSource.Slug), Slug is null ? Expression.Constant(null, typeof(string)) : Rebind(Slug, record)),
                Bind(nameof(SearchSource.Status), Column(nameof(ContentEntity.Status))),
                Bind(nameof(SearchSource.PublishAtUtc), Column(nameof(ContentEntity.PublishAtUtc))),
                Bind(nameof(SearchSource.UnpublishAtUtc), Column(nameof(ContentEntity.UnpublishAtUtc))),
                Bind(nameof(SearchSource.Text), Search.Body)),
            record);
    }

    private Expression<Func<T, ContentSummary>> Summary => _summary ??= BuildSummary();

    private Expression<Func<T, ContentSummary>> BuildSummary()
    {
        var record = Title.Parameters[0];
        Expression Column(string name) => Expression.Property(record, name);
        MemberBinding Bind(string name, Expression value) => Expression.Bind(typeof(ContentSummary).GetProperty(name)!, value);
        return Expression.Lambda<Func<T, ContentSummary>>(
            Expression.MemberInit(
                Expression.New(typeof(ContentSummary)),
                Bind(nameof(ContentSummary.Id), Column(nameof(ContentEntity.Id))),
                Bind(nameof(ContentSummary.Title), Title.Body),
                Bind(nameof(ContentSummary.Slug), Slug is null ? Expression.Constant(null, typeof(string)) : Rebind(Slug, record)),
                Bind(nameof(ContentSummary.Status), Column(nameof(ContentEntity.Status))),
                Bind(nameof(ContentSummary.PublishAtUtc), Column(nameof(ContentEntity.PublishAtUtc))),
                Bind(nameof(ContentSummary.UnpublishAtUtc), Column(nameof(ContentEntity.UnpublishAtUtc))),
                Bind(nameof(ContentSummary.ReviewBy), Column(nameof(ContentEntity.ReviewBy))),
                Bind(nameof(ContentSummary.UpdatedAtUtc), Column(nameof(ContentEntity.UpdatedAtUtc)))),
            record);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="record"/>.</summary>
    private static Expression Rebind<TValue>(Expression<Func<T, TValue>> lambda, ParameterExpression record) =>
        new ParameterReplacer(lambda.Parameters[0], record).Visit(lambda.Body);

    private sealed class MarkdownRow
    {
        public int Id { get; init; }

        public string Title { get; init; } = string.Empty;

        public string?[] Texts { get; init; } = [];
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
