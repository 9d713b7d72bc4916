using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Revisions;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Translations;

/// <summary>A published record that needs a translator: which English texts lack their Chinese, and whether the English changed after the Chinese.</summary>
public sealed record TranslationStatusRow(
    int Id,
    string Label,
    IReadOnlyList<string> MissingChinese,
    bool EnglishChangedSinceChinese,
    DateTime? EnglishUpdatedAtUtc,
    DateTime? ChineseUpdatedAtUtc);

public sealed record TranslationStatusGroup(ContentType Type, int Total, IReadOnlyList<TranslationStatusRow> Rows)
{
    public bool IsTruncated => Total > Rows.Count;
}

public sealed record TranslationStatusViewModel(IReadOnlyList<TranslationStatusGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Total);
}

/// <summary>
/// The records staff should translate, per content type: published, and either an English text
/// with no Chinese twin, or English edited after the Chinese (<see cref="TranslationStamps"/>).
/// Two queries per type (the count and the first rows), whatever the number of records.
/// </summary>
public sealed class TranslationStatusQuery(AppDbContext db, ContentDataCache cache)
{
    /// <summary>Rows listed per type; the count says how many more there are.</summary>
    public const int RowsPerType = 200;

    /// <summary>
    /// The types staff translate. Countries are left out: their Chinese names come with the
    /// country list, not from translators.
    /// </summary>
    public static IReadOnlyList<ContentType> Types { get; } =
        [.. ContentTypes.All.Where(t => t.InTranslationStatus)];

    public async Task<TranslationStatusViewModel> GetAsync(CancellationToken cancellationToken)
    {
        var groups = new List<TranslationStatusGroup>();
        foreach (var type in Types)
        {
            groups.Add(await GroupAsync(type, cancellationToken));
        }

        return new TranslationStatusViewModel(groups);
    }

    /// <summary>
    /// How many records need translating, for the dashboard: one count per type, kept until any
    /// content is saved (only a save changes a text, its stamps or a status).
    /// </summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("admin:translations-to-do", CacheTags.All, CountAllAsync, cancellationToken);

    private async Task<int> CountAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var type in Types)
        {
            total += await NeedingTranslation(type).CountAsync(cancellationToken);
        }

        return total;
    }

    private async Task<TranslationStatusGroup> GroupAsync(ContentType type, CancellationToken cancellationToken)
    {
        var needing = NeedingTranslation(type);
        var total = await needing.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new TranslationStatusGroup(type, 0, []);
        }

        var fields = TranslatedFields.Of(type.EntityType);
        var rows = await Project(needing, type.EntityType, fields).OrderBy(r => r.Label).ThenBy(r => r.Id).Take(RowsPerType).ToListAsync(cancellationToken);
        return new TranslationStatusGroup(type, total, [.. rows.Select(r => new TranslationStatusRow(
            r.Id,
            r.Label,
            [.. fields.Where((_, i) => (r.MissingMask & (1 << i)) != 0).Select(f => RevisionedTypes.Label(f.Name))],
            r.ChineseUpdatedAtUtc is { } zh && r.EnglishUpdatedAtUtc > zh,
            r.EnglishUpdatedAtUtc,
            r.ChineseUpdatedAtUtc))]);
    }

    /// <summary>Published records of the type with a missing or out-of-date translation.</summary>
    private IQueryable<ContentEntity> NeedingTranslation(ContentType type)
    {
        var fields = TranslatedFields.Of(type.EntityType);
        var entity = Expression.Parameter(type.EntityType, "e");
        Expression needs = EnglishChangedSinceChinese(entity);
        foreach (var field in fields)
        {
            needs = Expression.OrElse(needs, Missing(entity, field));
        }

        var published = Expression.Equal(Expression.Property(entity, nameof(ContentEntity.Status)), Expression.Constant(PublicationStatus.Published));
        var predicate = Expression.Lambda(Expression.AndAlso(published, needs), entity);
        var set = (IQueryable)typeof(TranslationStatusQuery).GetMethod(nameof(SetOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.EntityType).Invoke(this, null)!;
        var filtered = set.Provider.CreateQuery(Expression.Call(typeof(Queryable), nameof(Queryable.Where), [type.EntityType], set.Expression, Expression.Quote(predicate)));
        return filtered.Cast<ContentEntity>();
    }

    private IQueryable<T> SetOf<T>()
        where T : ContentEntity => db.Set<T>().AsNoTracking();

    private static IQueryable<Row> Project(IQueryable<ContentEntity> records, Type entityType, IReadOnlyList<TranslatedField> fields)
    {
        var entity = Expression.Parameter(typeof(ContentEntity), "e");
        var typed = Expression.Convert(entity, entityType);
        Expression mask = Expression.Constant(0);
        for (var i = 0; i < fields.Count; i++)
        {
            mask = Expression.Add(mask, Expression.Condition(Missing(typed, fields[i]), Expression.Constant(1 << i), Expression.Constant(0)));
        }

        var labelProperty = entityType.GetProperty("Name") ?? entityType.GetProperty("Title")
            ?? throw new InvalidOperationException($"{entityType.Name} has neither Name nor Title.");
        var row = Expression.MemberInit(
            Expression.New(typeof(Row)),
            Expression.Bind(typeof(Row).GetProperty(nameof(Row.Id))!, Expression.Property(entity, nameof(ContentEntity.Id))),
            Expression.Bind(typeof(Row).GetProperty(nameof(Row.Label))!, Expression.Property(typed, labelProperty)),
            Expression.Bind(typeof(Row).GetProperty(nameof(Row.MissingMask))!, mask),
            Expression.Bind(typeof(Row).GetProperty(nameof(Row.EnglishUpdatedAtUtc))!, Expression.Property(entity, nameof(ContentEntity.EnglishUpdatedAtUtc))),
            Expression.Bind(typeof(Row).GetProperty(nameof(Row.ChineseUpdatedAtUtc))!, Expression.Property(entity, nameof(ContentEntity.ChineseUpdatedAtUtc))));
        return records.Select(Expression.Lambda<Func<ContentEntity, Row>>(row, entity));
    }

    // English text present, its Chinese twin empty.
    private static BinaryExpression Missing(Expression entity, TranslatedField field) =>
        Expression.AndAlso(
            Expression.Not(IsNullOrEmpty(Expression.Property(entity, field.English))),
            IsNullOrEmpty(Expression.Property(entity, field.Chinese)));

    // The Chinese was edited at some point, and the English after it.
    private static BinaryExpression EnglishChangedSinceChinese(Expression entity)
    {
        var english = Expression.Property(entity, nameof(ContentEntity.EnglishUpdatedAtUtc));
        var chinese = Expression.Property(entity, nameof(ContentEntity.ChineseUpdatedAtUtc));
        return Expression.AndAlso(
            Expression.NotEqual(chinese, Expression.Constant(null, typeof(DateTime?))),
            Expression.GreaterThan(english, chinese));
    }

    private static MethodCallExpression IsNullOrEmpty(Expression text) =>
        Expression.Call(typeof(string).GetMethod(nameof(string.IsNullOrEmpty), [typeof(string)])!, text);

    private sealed class Row
    {
        public int Id { get; set; }

        public string Label { get; set; } = string.Empty;

        public int MissingMask { get; set; }

        public DateTime? EnglishUpdatedAtUtc { get; set; }

        public DateTime? ChineseUpdatedAtUtc { get; set; }
    }
}
