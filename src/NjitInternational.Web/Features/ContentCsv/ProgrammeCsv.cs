using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>Programmes as CSV: partners are listed by their slugs, separated by ";".</summary>
public sealed class ProgrammeCsv(AppDbContext db) : ICsvImportProfile<Programme, ProgrammeEditInput>
{
    private Dictionary<string, int> _partners = [];

    public static IReadOnlyList<string> Columns { get; } =
    [
        "Slug", "Title", "Kind", "Direction", "Partners", "Discipline", "DegreesAwarded", "StudyMode", "Duration", "LanguageOfInstruction",
        "RunningSince", "Summary", "Description", "HowToApply", "ApplicationOpens", "ApplicationCloses", "Featured",
        "TitleZh", "DisciplineZh", "DegreesAwardedZh", "DurationZh", "LanguageOfInstructionZh", "SummaryZh", "DescriptionZh", "HowToApplyZh",
        "Eligibility", "EligibilityZh", "LanguageRequirements", "LanguageRequirementsZh", "CostsAndScholarships", "CostsAndScholarshipsZh", "Places", "PlacesZh", "ContactName", "ContactNameZh", "ContactRole", "ContactRoleZh", "ContactEmail",
        "Status", // last, as in every type's file
    ];

    public static ContentCsvMap<Programme> Export { get; } = new(
        "programmes.csv",
        Columns,
        q => q.Include(p => p.Partners).ThenInclude(pp => pp.Partner),
        p =>
        [
            p.Slug, p.Title, p.Kind.ToString(), p.Direction?.ToString(),
            string.Join(';', p.Partners.Select(pp => pp.Partner!.Slug).Order(StringComparer.Ordinal)),
            p.Discipline, p.DegreesAwarded, p.StudyMode, p.Duration, p.LanguageOfInstruction, ContentCsvFile.Number(p.RunningSince),
            p.Summary, p.Description, p.HowToApply, ContentCsvFile.Date(p.ApplicationOpens), ContentCsvFile.Date(p.ApplicationCloses),
            ContentCsvFile.YesNo(p.IsFeatured), p.TitleZh, p.DisciplineZh, p.DegreesAwardedZh, p.DurationZh, p.LanguageOfInstructionZh, p.SummaryZh, p.DescriptionZh, p.HowToApplyZh,
            p.Eligibility, p.EligibilityZh, p.LanguageRequirements, p.LanguageRequirementsZh, p.CostsAndScholarships, p.CostsAndScholarshipsZh, p.Places, p.PlacesZh, p.ContactName, p.ContactNameZh, p.ContactRole, p.ContactRoleZh, p.ContactEmail,
            p.Status.ToString(),
        ]);

    public IReadOnlyList<string> Header => Columns;

    public string TitleColumn => "Title";

    public IQueryable<Programme> WithDetails(IQueryable<Programme> records) => records.Include(p => p.Partners);

    public async Task LoadLookupsAsync(IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var slugs = rows.SelectMany(r => CsvValues.List(r.Get("Partners"))).Distinct(StringComparer.Ordinal).ToList();
        _partners = slugs.Count == 0
            ? []
            : await db.Partners.AsNoTracking().Where(p => slugs.Contains(p.Slug))
                .ToDictionaryAsync(p => p.Slug, p => p.Id, StringComparer.Ordinal, cancellationToken);
    }

    public ProgrammeEditInput ToInput(Programme entity) => ProgrammeMapping.ToInput(entity);

    public void Apply(ProgrammeEditInput input, Programme entity) => ProgrammeMapping.Apply(input, entity);

    public void Bind(CsvRow row, ProgrammeEditInput input, bool isNew, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (row.Has("Title"))
        {
            input.Title = row.Get("Title").Trim();
        }

        if (row.GetOrNull("Kind") is { } kindText)
        {
            if (CsvValues.TryEnum<ProgrammeKind>(kindText.Trim(), out var kind))
            {
                input.Kind = kind;
            }
            else
            {
                errors[nameof(input.Kind)] = $"Unknown kind \"{kindText}\": use {string.Join(", ", Enum.GetNames<ProgrammeKind>())}.";
            }
        }
        else if (isNew || row.Has("Kind"))
        {
            errors[nameof(input.Kind)] = $"Kind is required: one of {string.Join(", ", Enum.GetNames<ProgrammeKind>())}.";
        }

        if (row.Has("Direction"))
        {
            var text = row.Get("Direction").Trim();
            if (text.Length == 0)
            {
                input.Direction = null;
            }
            else if (CsvValues.TryEnum<ProgrammeDirection>(text, out var direction))
            {
                input.Direction = direction;
            }
            else
            {
                errors[nameof(input.Direction)] = $"Unknown direction \"{text}\": use {string.Join(", ", Enum.GetNames<ProgrammeDirection>())} or leave it empty.";
            }
        }

        if (row.Has("Partners"))
        {
            var ids = new List<int>();
            foreach (var slug in CsvValues.List(row.Get("Partners")))
            {
                if (_partners.TryGetValue(slug, out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    errors[nameof(input.PartnerIds)] = $"No partner has the address \"{slug}\" (list partners by their Slug, separated by \";\").";
                }
            }

            input.PartnerIds = [.. ids.Distinct().Order()];
        }

        CsvValues.Text(row, "Discipline", v => input.Discipline = v);
        CsvValues.Text(row, "DegreesAwarded", v => input.DegreesAwarded = v);
        CsvValues.Text(row, "StudyMode", v => input.StudyMode = v);
        CsvValues.Text(row, "Duration", v => input.Duration = v);
        CsvValues.Text(row, "LanguageOfInstruction", v => input.LanguageOfInstruction = v);
        CsvValues.Number(row, "RunningSince", errors, nameof(input.RunningSince), v => input.RunningSince = v);
        CsvValues.Text(row, "Summary", v => input.Summary = v);
        CsvValues.Text(row, "Description", v => input.Description = v);
        CsvValues.Text(row, "HowToApply", v => input.HowToApply = v);
        CsvValues.Text(row, "TitleZh", v => input.TitleZh = v);
        CsvValues.Text(row, "DisciplineZh", v => input.DisciplineZh = v);
        CsvValues.Text(row, "DegreesAwardedZh", v => input.DegreesAwardedZh = v);
        CsvValues.Text(row, "DurationZh", v => input.DurationZh = v);
        CsvValues.Text(row, "LanguageOfInstructionZh", v => input.LanguageOfInstructionZh = v);
        CsvValues.Text(row, "SummaryZh", v => input.SummaryZh = v);
        CsvValues.Text(row, "DescriptionZh", v => input.DescriptionZh = v);
        CsvValues.Text(row, "HowToApplyZh", v => input.HowToApplyZh = v);
        CsvValues.Text(row, "Eligibility", v => input.Eligibility = v);
        CsvValues.Text(row, "EligibilityZh", v => input.EligibilityZh = v);
        CsvValues.Text(row, "LanguageRequirements", v => input.LanguageRequirements = v);
        CsvValues.Text(row, "LanguageRequirementsZh", v => input.LanguageRequirementsZh = v);
        CsvValues.Text(row, "CostsAndScholarships", v => input.CostsAndScholarships = v);
        CsvValues.Text(row, "CostsAndScholarshipsZh", v => input.CostsAndScholarshipsZh = v);
        CsvValues.Text(row, "Places", v => input.Places = v);
        CsvValues.Text(row, "PlacesZh", v => input.PlacesZh = v);
        CsvValues.Text(row, "ContactName", v => input.ContactName = v);
        CsvValues.Text(row, "ContactNameZh", v => input.ContactNameZh = v);
        CsvValues.Text(row, "ContactRole", v => input.ContactRole = v);
        CsvValues.Text(row, "ContactRoleZh", v => input.ContactRoleZh = v);
        CsvValues.Text(row, "ContactEmail", v => input.ContactEmail = v);
        CsvValues.Date(row, "ApplicationOpens", errors, nameof(input.ApplicationOpens), v => input.ApplicationOpens = v);
        CsvValues.Date(row, "ApplicationCloses", errors, nameof(input.ApplicationCloses), v => input.ApplicationCloses = v);
        CsvValues.YesNo(row, "Featured", errors, nameof(input.IsFeatured), v => input.IsFeatured = v);
        if (input.ApplicationOpens is { } opens && input.ApplicationCloses is { } closes && closes < opens)
        {
            errors[nameof(input.ApplicationCloses)] = "Applications cannot close before they open.";
        }
    }
}
