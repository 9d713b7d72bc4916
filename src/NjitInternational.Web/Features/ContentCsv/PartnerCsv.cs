using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Countries;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>
/// Partners as CSV: the export's columns are exactly the import's. Countries and regions by ISO code
/// (e.g. HK for Hong Kong, China), or by their English or Chinese name as listed.
/// </summary>
public sealed class PartnerCsv(AppDbContext db) : ICsvImportProfile<Partner, PartnerEditInput>
{
    private Dictionary<string, int> _countries = [];

    public static IReadOnlyList<string> Columns { get; } =
        ["Slug", "Name", "ShortName", "Country", "City", "Website", "PartnerSince", "PartnershipKinds", "Summary", "Body", "LogoUrl", "AgreementValidUntil", "Featured",
        "NameZh", "ShortNameZh", "CityZh", "SummaryZh", "BodyZh", "Status"];

    public static ContentCsvMap<Partner> Export { get; } = new(
        "partners.csv",
        Columns,
        q => q.Include(p => p.Country).Include(p => p.PartnershipKinds),
        p =>
        [
            p.Slug, p.Name, p.ShortName, p.Country?.IsoCode, p.City, p.WebsiteUrl, ContentCsvFile.Number(p.PartnerSince),
            string.Join(';', p.PartnershipKinds.Select(k => k.Kind).Order()), p.Summary, p.Body, p.LogoUrl,
            ContentCsvFile.Date(p.AgreementValidUntil), ContentCsvFile.YesNo(p.IsFeatured), p.NameZh, p.ShortNameZh, p.CityZh, p.SummaryZh, p.BodyZh, p.Status.ToString(),
        ]);

    public IReadOnlyList<string> Header => Columns;

    public string TitleColumn => "Name";

    public IQueryable<Partner> WithDetails(IQueryable<Partner> records) => records.Include(p => p.PartnershipKinds);

    public async Task LoadLookupsAsync(IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.IsoCode, c.Name, c.NameZh }).ToListAsync(cancellationToken);
        _countries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            _countries.TryAdd(country.IsoCode, country.Id);
            _countries.TryAdd(country.Name, country.Id);
            if (country.NameZh is not null)
            {
                _countries.TryAdd(country.NameZh, country.Id);
            }
        }
    }

    public PartnerEditInput ToInput(Partner entity) => PartnerMapping.ToInput(entity);

    public void Apply(PartnerEditInput input, Partner entity) => PartnerMapping.Apply(input, entity);

    public void Bind(CsvRow row, PartnerEditInput input, bool isNew, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (row.Has("Name"))
        {
            input.Name = row.Get("Name").Trim();
        }

        CsvValues.Text(row, "ShortName", v => input.ShortName = v);
        if (row.GetOrNull("Country") is { } country)
        {
            if (_countries.TryGetValue(country.Trim(), out var countryId))
            {
                input.CountryId = countryId;
            }
            else if (CountryList.Find(country) is { } listed)
            {
                errors[nameof(input.CountryId)] = $"{listed.Name} ({listed.Code}) is not under Countries and regions yet: add it there (choose it from the list), then import again.";
            }
            else
            {
                errors[nameof(input.CountryId)] = $"Unknown country or region \"{country}\": use its ISO code (e.g. GB, HK) or its name as listed under Countries and regions.";
            }
        }
        else if (isNew || row.Has("Country"))
        {
            errors[nameof(input.CountryId)] = "Country or region is required: its ISO code (e.g. GB, HK) or name.";
        }

        CsvValues.Text(row, "City", v => input.City = v);
        CsvValues.Text(row, "Website", v => input.WebsiteUrl = v);
        CsvValues.Number(row, "PartnerSince", errors, nameof(input.PartnerSince), v => input.PartnerSince = v);
        if (row.Has("PartnershipKinds"))
        {
            var kinds = new List<PartnershipKind>();
            foreach (var item in CsvValues.List(row.Get("PartnershipKinds")))
            {
                if (CsvValues.TryEnum<PartnershipKind>(item, out var kind))
                {
                    kinds.Add(kind);
                }
                else
                {
                    errors[nameof(input.PartnershipKinds)] = $"Unknown partnership kind \"{item}\": use {string.Join(", ", Enum.GetNames<PartnershipKind>())}.";
                }
            }

            input.PartnershipKinds = [.. kinds.Distinct().Order()];
        }

        CsvValues.Text(row, "Summary", v => input.Summary = v);
        CsvValues.Text(row, "Body", v => input.Body = v);
        CsvValues.Text(row, "LogoUrl", v => input.LogoUrl = v);
        CsvValues.Date(row, "AgreementValidUntil", errors, nameof(input.AgreementValidUntil), v => input.AgreementValidUntil = v);
        CsvValues.YesNo(row, "Featured", errors, nameof(input.IsFeatured), v => input.IsFeatured = v);
        CsvValues.Text(row, "NameZh", v => input.NameZh = v);
        CsvValues.Text(row, "ShortNameZh", v => input.ShortNameZh = v);
        CsvValues.Text(row, "CityZh", v => input.CityZh = v);
        CsvValues.Text(row, "SummaryZh", v => input.SummaryZh = v);
        CsvValues.Text(row, "BodyZh", v => input.BodyZh = v);
    }
}
