using System.Linq.Expressions;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// The one definition of "a visitor may see this record", used by every public query: the record is
/// Published, or a Draft scheduled to publish (<see cref="ContentEntity.PublishAtUtc"/> set), and
/// now lies in its window: publish at ≤ now &lt; unpublish at (either end optional). The window is
/// checked here, not left to the scheduler, so a record appears and disappears at its moment even
/// between the scheduler's runs; the scheduler then only brings Status in line (Draft → Published,
/// Published → Archived) and writes the audit entry. Archived records are never shown.
/// <c>nowUtc</c> comes from the injected <see cref="TimeProvider"/> (<see cref="Now"/>).
/// </summary>
public static class PublishedQueries
{
    /// <summary>The "now" the rule compares with: UTC, from the injected clock.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>The rule as an expression, for use inside projections over a navigation.</summary>
    public static Expression<Func<T, bool>> IsPublished<T>(DateTime nowUtc)
        where T : ContentEntity =>
        e => (e.Status == PublicationStatus.Published || (e.Status == PublicationStatus.Draft && e.PublishAtUtc != null))
            && (e.PublishAtUtc == null || e.PublishAtUtc <= nowUtc)
            && (e.UnpublishAtUtc == null || e.UnpublishAtUtc > nowUtc);

    /// <summary>
    /// A visible partner in a visible country, as an expression for use inside projections over a
    /// navigation (e.g. <c>p.Partners.Select(pp => pp.Partner!).AsQueryable().Where(visible)</c> with
    /// <c>var visible = IsVisiblePartner(now)</c>), which SQLite can join where a correlated subquery
    /// from the Partners set would need APPLY.
    /// </summary>
    public static Expression<Func<Partner, bool>> IsVisiblePartner(DateTime nowUtc) =>
        p => (p.Status == PublicationStatus.Published || (p.Status == PublicationStatus.Draft && p.PublishAtUtc != null))
            && (p.PublishAtUtc == null || p.PublishAtUtc <= nowUtc)
            && (p.UnpublishAtUtc == null || p.UnpublishAtUtc > nowUtc)
            && (p.Country!.Status == PublicationStatus.Published || (p.Country.Status == PublicationStatus.Draft && p.Country.PublishAtUtc != null))
            && (p.Country.PublishAtUtc == null || p.Country.PublishAtUtc <= nowUtc)
            && (p.Country.UnpublishAtUtc == null || p.Country.UnpublishAtUtc > nowUtc);

    /// <summary>The same rule in memory (tests and the link check use it).</summary>
    public static bool IsVisible(PublicationStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        (status == PublicationStatus.Published || (status == PublicationStatus.Draft && publishAtUtc is not null))
        && (publishAtUtc is null || publishAtUtc <= nowUtc)
        && (unpublishAtUtc is null || unpublishAtUtc > nowUtc);

    public static IQueryable<T> Published<T>(this IQueryable<T> query, DateTime nowUtc)
        where T : ContentEntity =>
        query.Where(IsPublished<T>(nowUtc));

    /// <summary>Visible partners whose country or region is visible too.</summary>
    public static IQueryable<Partner> VisiblePartners(this IQueryable<Partner> query, DateTime nowUtc) =>
        query.Where(IsVisiblePartner(nowUtc));
}
