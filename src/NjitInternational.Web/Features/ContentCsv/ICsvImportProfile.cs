using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>How one content type is read from CSV: its columns, lookups, binding and mapping.</summary>
public interface ICsvImportProfile<TEntity, TInput>
    where TEntity : ContentEntity, new()
    where TInput : class, ISluggedInput, new()
{
    /// <summary>The export's columns, which are also the accepted ones.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The column with the record's name or title.</summary>
    string TitleColumn { get; }

    IQueryable<TEntity> WithDetails(IQueryable<TEntity> records);

    /// <summary>One query per lookup (countries, partners) for the whole file.</summary>
    Task LoadLookupsAsync(IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken);

    TInput ToInput(TEntity entity);

    /// <summary>Copies the row's present columns onto the input; problems go into <paramref name="errors"/> by field.</summary>
    void Bind(CsvRow row, TInput input, bool isNew, Dictionary<string, string> errors);

    void Apply(TInput input, TEntity entity);
}
