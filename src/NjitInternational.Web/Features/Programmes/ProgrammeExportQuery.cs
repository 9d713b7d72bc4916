using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>The rows of /programmes.csv (written by <see cref="ProgrammeCsvExport"/>).</summary>
public sealed class ProgrammeExportQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>Every published programme with its visible partners, for the open-data export.</summary>
    public async Task<IReadOnlyList<ProgrammeExportRow>> GetExportAsync(CancellationToken cancellationToken)
    {
        var now = PublishedQueries.Now(clock);
        var visiblePartner = PublishedQueries.IsVisiblePartner(now);
        return await db.Programmes.AsNoTracking().Published(now)
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new ProgrammeExportRow(
                p.Title,
                p.Slug,
                p.Kind,
                p.Direction,
                p.Partners.Select(pp => pp.Partner!).AsQueryable()
                    .Where(visiblePartner)
                    .OrderBy(v => v.Slug)
                    .Select(v => new ProgrammePartnerLink(v.Slug, LocalizedText.Of(v.Name, v.NameZh), LocalizedText.Of(v.Country!.Name, v.Country.NameZh), v.Country.IsoCode))
                    .ToList(),
                p.Discipline,
                p.DegreesAwarded,
                p.StudyMode,
                p.Duration,
                p.LanguageOfInstruction,
                p.RunningSince,
                p.ApplicationOpens,
                p.ApplicationCloses))
            .ToListAsync(cancellationToken);
    }
}
