using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// "Applications closing soon": published programmes whose closing day is today or within the next
/// <see cref="Days"/> days in Nanjing (the window is inclusive, so one closing today is still open),
/// soonest first. The programmes are the catalogue's (<see cref="ProgrammeCatalogueQuery.PublishedMatching"/>),
/// so a direction narrows them exactly as the catalogue's filter does.
/// </summary>
public sealed class ClosingSoonQuery(ProgrammeCatalogueQuery catalogue, TimeProvider clock)
{
    public const int Days = 30;

    /// <summary>At most this many, so the block stays short in a busy season; the catalogue has the rest.</summary>
    public const int MaxShown = 8;

    public async Task<IReadOnlyList<ClosingSoonItem>> GetAsync(DirectionFilter? direction, CancellationToken cancellationToken)
    {
        var today = ApplicationWindow.TodayInNanjing(clock);
        var last = today.AddDays(Days);
        var filter = new ProgrammeFilter(null, direction, null, null, null, null, null, 1);
        return await catalogue.PublishedMatching(filter)
            .Where(p => p.ApplicationCloses != null && p.ApplicationCloses >= today && p.ApplicationCloses <= last)
            .OrderBy(p => p.ApplicationCloses).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Take(MaxShown)
            .Select(p => new ClosingSoonItem(p.Slug, LocalizedText.Of(p.Title, p.TitleZh), p.ApplicationCloses!.Value))
            .ToListAsync(cancellationToken);
    }
}
