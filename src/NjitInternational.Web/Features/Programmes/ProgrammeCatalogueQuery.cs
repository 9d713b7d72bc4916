using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Study;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// Lists of published programmes: the catalogue, the landing pages, the home page and the enquiry
/// form's options (a programme's page: <see cref="ProgrammeDetailQuery"/>; the CSV rows:
/// <see cref="ProgrammeExportQuery"/>). Every query starts from <see cref="PublishedQueries"/>; a
/// programme's partners are only the visible ones.
/// </summary>
public sealed class ProgrammeCatalogueQuery(AppDbContext db, TimeProvider clock, IOptions<ChoiceListOptions> choiceLists)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private DateTime? _now;

    private DateTime Now => _now ??= PublishedQueries.Now(clock);

    private sealed record Row(
        int Id,
        string Slug,
        LocalizedText Title,
        ProgrammeKind Kind,
        ProgrammeDirection? Direction,
        LocalizedText? Summary,
        string? StudyMode,
        LocalizedText? Duration,
        LocalizedText? LanguageOfInstruction,
        DateOnly? ApplicationOpens,
        DateOnly? ApplicationCloses,
        List<ProgrammePartnerLink> Partners);

    public async Task<ProgrammeCatalogueViewModel> GetCatalogueAsync(ProgrammeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var published = db.Programmes.AsNoTracking().Published(Now);
        var withoutKindOrDirection = ApplyCommonFilters(published, filter);
        var filtered = ApplyDirection(ApplyKind(withoutKindOrDirection, filter.Kind), filter.Direction);

        // Facets: each counts with every other filter applied, so a count says what choosing it gives.
        var kindCounts = await ApplyDirection(withoutKindOrDirection, filter.Direction)
            .GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var directionCounts = await ApplyKind(withoutKindOrDirection, filter.Kind)
            .GroupBy(p => p.Direction)
            .Select(g => new { Direction = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)ProgrammeCatalogueViewModel.PageSize));
        var page = Math.Min(filter.Page, pageCount);
        var rows = await Project(filtered
                .OrderBy(p => p.Title).ThenBy(p => p.Id)
                .Skip((page - 1) * ProgrammeCatalogueViewModel.PageSize)
                .Take(ProgrammeCatalogueViewModel.PageSize))
            .ToListAsync(cancellationToken);

        // Options list only values that published programmes actually have.
        var visiblePartners = db.Partners.AsNoTracking().VisiblePartners(Now);
        var partnersWithProgrammes = visiblePartners
            .Where(v => v.Programmes.Any(pp => published.Any(p => p.Id == pp.ProgrammeId)));
        var partners = await GetPartnerChoiceAsync(partnersWithProgrammes, filter, cancellationToken);
        // Labelled and ordered in the page's language (芬兰 on /zh, pinyin order), like the partner directory's.
        var countryOptions = (await partnersWithProgrammes
                .Select(v => new { v.Country!.IsoCode, v.Country.Name, v.Country.NameZh })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(c => new FilterOption(c.IsoCode, LocalizedText.Of(c.Name, c.NameZh).Text))
            .OrderBy(c => c.Label, StringComparer.CurrentCulture)
            .ToList();
        var disciplines = await published
            .Where(p => p.Discipline != null && p.Discipline != string.Empty)
            .Select(p => p.Discipline!)
            .Distinct()
            .OrderBy(d => d)
            .ToListAsync(cancellationToken);
        var languages = await published
            .Where(p => p.LanguageOfInstruction != null && p.LanguageOfInstruction != string.Empty)
            .Select(p => p.LanguageOfInstruction!)
            .Distinct()
            .OrderBy(l => l)
            .ToListAsync(cancellationToken);

        int CountFor(params ProgrammeDirection?[] directions) =>
            directionCounts.Where(d => directions.Contains(d.Direction)).Sum(d => d.Count);

        return new ProgrammeCatalogueViewModel(
            filter with { Page = page },
            ToItems(rows),
            total,
            page,
            pageCount,
            [.. ProgrammeLabels.Kinds.Select(k => new FacetCount<ProgrammeKind>(k, kindCounts.FirstOrDefault(c => c.Kind == k)?.Count ?? 0))],
            [
                new FacetCount<DirectionFilter>(DirectionFilter.Abroad, CountFor(ProgrammeDirection.Outbound, ProgrammeDirection.Both)),
                new FacetCount<DirectionFilter>(DirectionFilter.ToNjit, CountFor(ProgrammeDirection.Inbound, ProgrammeDirection.Both)),
            ],
            partners,
            countryOptions,
            disciplines,
            languages);
    }

    /// <summary>
    /// The published programmes the catalogue lists for <paramref name="filter"/> (every filter but
    /// the page), for other views of the same list such as the calendars.
    /// </summary>
    public IQueryable<Programme> PublishedMatching(ProgrammeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var published = db.Programmes.AsNoTracking().Published(Now);
        return ApplyDirection(ApplyKind(ApplyCommonFilters(published, filter), filter.Kind), filter.Direction);
    }

    /// <summary>
    /// A study landing page's programmes: per kind, how many there are and the first
    /// <paramref name="perKind"/> by title, so the page stays the same size however many the
    /// office publishes (the catalogue lists them all). One count query, then one per kind shown.
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeKindGroup>> GetForDirectionAsync(DirectionFilter direction, int perKind, CancellationToken cancellationToken)
    {
        var visible = ApplyDirection(db.Programmes.AsNoTracking().Published(Now), direction);
        var counts = await visible.GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, Total = g.Count() })
            .ToListAsync(cancellationToken);
        var groups = new List<ProgrammeKindGroup>();
        foreach (var count in counts.OrderBy(c => c.Kind))
        {
            var rows = await Project(visible.Where(p => p.Kind == count.Kind).OrderBy(p => p.Title).Take(perKind))
                .ToListAsync(cancellationToken);
            groups.Add(new ProgrammeKindGroup(count.Kind, count.Total, ToItems(rows)));
        }

        return groups;
    }

    /// <summary>
    /// The enquiry form's programme choice: every published programme of a direction (id and title),
    /// or, past <see cref="ChoiceListOptions.MaxOptions"/>, only <paramref name="chosenId"/> (the
    /// programme page's "ask about this programme" link names it), and the form asks for the
    /// programme's name in the message instead.
    /// </summary>
    public async Task<ChoiceList<ProgrammeOption>> GetOptionsForDirectionAsync(DirectionFilter direction, int? chosenId, CancellationToken cancellationToken)
    {
        var limit = choiceLists.Value.MaxOptions;
        // The chosen programme first, so that it is still there when the rest are too many.
        var rows = await ApplyDirection(db.Programmes.AsNoTracking().Published(Now), direction)
            .OrderByDescending(p => p.Id == chosenId).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Take(limit + 2)
            .Select(p => new { p.Id, Title = LocalizedText.Of(p.Title, p.TitleZh) })
            .ToListAsync(cancellationToken);
        var complete = rows.Count <= limit;
        if (!complete)
        {
            rows = [.. rows.Where(r => r.Id == chosenId)];
        }

        return new ChoiceList<ProgrammeOption>(
            [.. rows.OrderBy(o => o.Title.Text, StringComparer.CurrentCulture).Select(o => new ProgrammeOption(o.Id, o.Title.Text))],
            complete);
    }

    /// <summary>Featured programmes; when none is featured, the most recently added ones (the caller says which).</summary>
    public async Task<(IReadOnlyList<ProgrammeListItem> Items, bool Featured)> GetForHomeAsync(int count, CancellationToken cancellationToken)
    {
        var rows = await db.Programmes.AsNoTracking().Published(Now)
            .OrderByDescending(p => p.IsFeatured).ThenByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Title)
            .Take(count)
            .Select(p => new { p.IsFeatured, p.Id, p.Slug, Title = LocalizedText.Of(p.Title, p.TitleZh), p.Kind, Summary = LocalizedText.Pick(p.Summary, p.SummaryZh) })
            .ToListAsync(cancellationToken);
        var featured = rows.Count > 0 && rows[0].IsFeatured;
        var shown = featured ? rows.Where(r => r.IsFeatured) : rows;
        return ([.. shown.Select(r => new ProgrammeListItem(r.Id, r.Slug, r.Title, r.Kind, null, r.Summary, null, null, null, [], ApplicationStatus.None))], featured);
    }

    /// <summary>Whether <paramref name="id"/> is a published programme for the given direction (validates posted ids).</summary>
    public Task<bool> IsPublishedForDirectionAsync(int id, DirectionFilter direction, CancellationToken cancellationToken) =>
        ApplyDirection(db.Programmes.AsNoTracking().Published(Now), direction).AnyAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The catalogue's partner drop-down: partners with published programmes, in the chosen country
    /// when there is one. Past <see cref="ChoiceListOptions.MaxOptions"/> it lists only the chosen
    /// partner, and the page asks for a country or a search by name instead.
    /// </summary>
    private async Task<ChoiceList<FilterOption>> GetPartnerChoiceAsync(
        IQueryable<Partner> partnersWithProgrammes, ProgrammeFilter filter, CancellationToken cancellationToken)
    {
        var limit = choiceLists.Value.MaxOptions;
        var country = filter.Country;
        var chosen = filter.Partner;
        // One query: the chosen partner first (it stays listed, in another country or past the
        // limit, so it shows as chosen), then the country's partners, one more than the limit.
        var rows = await partnersWithProgrammes
            .Where(v => country == null || v.Country!.IsoCode == country || v.Slug == chosen)
            .OrderByDescending(v => v.Slug == chosen).ThenBy(v => v.Name).ThenBy(v => v.Id)
            .Take(limit + 2)
            .Select(v => new { v.Slug, InCountry = country == null || v.Country!.IsoCode == country, Name = LocalizedText.Of(v.Name, v.NameZh) })
            .ToListAsync(cancellationToken);
        var complete = rows.Count(r => r.InCountry) <= limit;
        if (!complete)
        {
            rows = [.. rows.Where(r => r.Slug == chosen)];
        }

        return new ChoiceList<FilterOption>(
            [.. rows.OrderBy(r => r.Name.Text, StringComparer.CurrentCulture).Select(r => new FilterOption(r.Slug, r.Name.Text))],
            complete);
    }

    private IQueryable<Programme> ApplyCommonFilters(IQueryable<Programme> query, ProgrammeFilter filter)
    {
        var visiblePartners = db.Partners.AsNoTracking().VisiblePartners(Now);
        if (filter.Partner is { } partner)
        {
            query = query.Where(p => visiblePartners.Any(v => v.Slug == partner && v.Programmes.Any(pp => pp.ProgrammeId == p.Id)));
        }

        if (filter.Country is { } country)
        {
            query = query.Where(p => visiblePartners.Any(v => v.Country!.IsoCode == country && v.Programmes.Any(pp => pp.ProgrammeId == p.Id)));
        }

        if (filter.Discipline is { } discipline)
        {
            query = query.Where(p => p.Discipline == discipline);
        }

        if (filter.Language is { } language)
        {
            query = query.Where(p => p.LanguageOfInstruction == language);
        }

        if (filter.Query is { } text)
        {
            // Title, discipline, summary (or any Chinese text field), a partner's name or its country's name
            // (芬兰 finds the programmes in Finland). LIKE is case-insensitive for ASCII on SQLite
            // and under SQL Server's default (CI) collation; the user's % _ [ and \ are escaped so they match literally.
            var pattern = LikePattern.Containing(text);
            // A partner's name matches through the programme's own links (by key), not a scan of all partners per programme.
            var visiblePartner = PublishedQueries.IsVisiblePartner(Now);
            query = query.Where(p =>
                EF.Functions.Like(p.Title, pattern, "\\")
                || EF.Functions.Like(p.Discipline!, pattern, "\\")
                || EF.Functions.Like(p.Summary!, pattern, "\\")
                || EF.Functions.Like(p.TitleZh!, pattern, "\\")
                || EF.Functions.Like(p.DisciplineZh!, pattern, "\\")
                || EF.Functions.Like(p.SummaryZh!, pattern, "\\")
                || EF.Functions.Like(p.DegreesAwardedZh!, pattern, "\\")
                || EF.Functions.Like(p.DurationZh!, pattern, "\\")
                || EF.Functions.Like(p.LanguageOfInstructionZh!, pattern, "\\")
                || EF.Functions.Like(p.DescriptionZh!, pattern, "\\")
                || EF.Functions.Like(p.HowToApplyZh!, pattern, "\\")
                || p.Partners.Select(pp => pp.Partner!).AsQueryable().Where(visiblePartner)
                    .Any(v => EF.Functions.Like(v.Name, pattern, "\\") || EF.Functions.Like(v.NameZh!, pattern, "\\")
                        || EF.Functions.Like(v.Country!.Name, pattern, "\\") || EF.Functions.Like(v.Country.NameZh!, pattern, "\\")));
        }

        return query;
    }

    private static IQueryable<Programme> ApplyKind(IQueryable<Programme> query, ProgrammeKind? kind) =>
        kind is { } k ? query.Where(p => p.Kind == k) : query;

    private static IQueryable<Programme> ApplyDirection(IQueryable<Programme> query, DirectionFilter? direction) => direction switch
    {
        DirectionFilter.Abroad => query.Where(p => p.Direction == ProgrammeDirection.Outbound || p.Direction == ProgrammeDirection.Both),
        DirectionFilter.ToNjit => query.Where(p => p.Direction == ProgrammeDirection.Inbound || p.Direction == ProgrammeDirection.Both),
        _ => query,
    };

    private IQueryable<Row> Project(IQueryable<Programme> query)
    {
        var visiblePartner = PublishedQueries.IsVisiblePartner(Now);
        return query.Select(p => new Row(
            p.Id,
            p.Slug,
            LocalizedText.Of(p.Title, p.TitleZh),
            p.Kind,
            p.Direction,
            LocalizedText.Pick(p.Summary, p.SummaryZh),
            p.StudyMode,
            LocalizedText.Pick(p.Duration, p.DurationZh),
            LocalizedText.Pick(p.LanguageOfInstruction, p.LanguageOfInstructionZh),
            p.ApplicationOpens,
            p.ApplicationCloses,
            p.Partners.Select(pp => pp.Partner!).AsQueryable()
                .Where(visiblePartner)
                .OrderBy(v => v.Name)
                .Select(v => new ProgrammePartnerLink(v.Slug, LocalizedText.Of(v.Name, v.NameZh), LocalizedText.Of(v.Country!.Name, v.Country.NameZh), v.Country.IsoCode))
                .ToList()));
    }

    private List<ProgrammeListItem> ToItems(List<Row> rows)
    {
        var today = ApplicationWindow.TodayInNanjing(clock);
        return [.. rows.Select(r => new ProgrammeListItem(
            r.Id,
            r.Slug,
            r.Title,
            r.Kind,
            r.Direction,
            r.Summary,
            Blank(r.StudyMode),
            r.Duration,
            r.LanguageOfInstruction,
            r.Partners,
            ApplicationWindow.Evaluate(r.ApplicationOpens, r.ApplicationCloses, today)))];
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
