using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>
/// Imports a CSV file set-based: the file is read and checked whole, existing records are loaded
/// by slug in one query, lookups in one query each, and the changes are saved in one transaction
/// (<see cref="ContentStore"/>, with the audit trail) only when no row has an error. A dry run
/// reports the same per-row results and writes nothing.
/// </summary>
public sealed class CsvImporter(AppDbContext db, ContentStore store)
{
    public const int MaxRows = 20_000;
    public const int MaxFileBytes = 16 * 1024 * 1024;

    public async Task<ImportReport> ImportAsync<TEntity, TInput>(ICsvImportProfile<TEntity, TInput> profile, byte[] file, bool dryRun, CancellationToken cancellationToken)
        where TEntity : ContentEntity, new()
        where TInput : class, ISluggedInput, new()
    {
        ArgumentNullException.ThrowIfNull(profile);
        var (rows, fileError) = CsvImportReader.Read(file, profile.Header, profile.TitleColumn);
        if (fileError is not null)
        {
            return new ImportReport(dryRun, false, fileError, []);
        }

        await profile.LoadLookupsAsync(rows, cancellationToken);
        var slugs = rows.Select(r => SlugOf(r, profile.TitleColumn)).ToList();
        var wanted = slugs.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await profile.WithDetails(db.Set<TEntity>())
                .Where(e => wanted.Contains(EF.Property<string>(e, "Slug")))
                .ToListAsync(cancellationToken))
            .ToDictionary(e => profile.ToInput(e).Slug!, StringComparer.Ordinal);

        var results = new List<ImportRowResult>(rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            results.Add(ImportRow(profile, rows[i], slugs[i], existing, seen));
        }

        var report = new ImportReport(dryRun, false, null, results);
        if (dryRun || report.HasErrors || results.All(r => r.Outcome == ImportOutcome.Unchanged))
        {
            db.ChangeTracker.Clear();
            return report;
        }

        await store.SaveAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return report with { Written = true };
    }

    private ImportRowResult ImportRow<TEntity, TInput>(
        ICsvImportProfile<TEntity, TInput> profile,
        CsvRow row,
        string slug,
        Dictionary<string, TEntity> existing,
        Dictionary<string, int> seen)
        where TEntity : ContentEntity, new()
        where TInput : class, ISluggedInput, new()
    {
        var title = row.Get(profile.TitleColumn).Trim();
        ImportRowResult Error(string message) => new(row.Line, slug, title, ImportOutcome.Error, message);

        if (slug.Length == 0)
        {
            return Error(row.GetOrNull("Slug") is null
                ? $"No address (slug) can be made: give a {profile.TitleColumn} with Latin letters or digits, or a Slug."
                : "The Slug may contain only a–z, 0–9 and single hyphens.");
        }

        if (seen.TryGetValue(slug, out var firstLine))
        {
            return Error($"The address \"{slug}\" is also on line {firstLine}: each record may appear once.");
        }

        seen[slug] = row.Line;
        existing.TryGetValue(slug, out var entity);
        var input = entity is null ? new TInput() : profile.ToInput(entity);
        var before = entity is null ? null : Signature(input, entity.Status);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        profile.Bind(row, input, entity is null, errors);
        input.Slug = slug;

        var status = entity?.Status ?? PublicationStatus.Draft;
        if (row.GetOrNull("Status") is { } statusText)
        {
            if (Enum.TryParse<PublicationStatus>(statusText.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(statusText, out _))
            {
                status = parsed;
            }
            else
            {
                errors["Status"] = $"Status \"{statusText}\" is not one of Draft, Published, Archived.";
            }
        }

        var validation = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), validation, validateAllProperties: true);
        foreach (var result in validation)
        {
            var member = result.MemberNames.FirstOrDefault() ?? string.Empty;
            errors.TryAdd(member, result.ErrorMessage ?? $"{member} is not valid.");
        }

        if (errors.Count > 0)
        {
            return Error(string.Join(" ", errors.Values));
        }

        if (entity is null)
        {
            entity = new TEntity();
            profile.Apply(input, entity);
            entity.Status = status;
            db.Add(entity);
            return new(row.Line, slug, title, ImportOutcome.Created, null);
        }

        if (string.Equals(before, Signature(input, status), StringComparison.Ordinal))
        {
            return new(row.Line, slug, title, ImportOutcome.Unchanged, null);
        }

        profile.Apply(input, entity);
        entity.Status = status;
        // Like an edit form's save: the UPDATE runs (and renews the stamp) even if only related rows changed.
        db.Entry(entity).Property(e => e.UpdatedAtUtc).IsModified = true;
        return new(row.Line, slug, title, ImportOutcome.Updated, null);
    }

    private static string SlugOf(CsvRow row, string titleColumn)
    {
        if (row.GetOrNull("Slug") is { } given)
        {
            var slug = given.Trim();
            return SlugGenerator.IsValid(slug) ? slug : string.Empty;
        }

        return SlugGenerator.Generate(row.Get(titleColumn));
    }

    private static string Signature(object input, PublicationStatus status) =>
        string.Join('\u001f', ContentFieldReader.FormValues(input).Select(v => v.Key + "=" + v.Value)) + "\u001f" + status;
}
