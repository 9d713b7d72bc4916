using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// The one definition of "a visitor may see this record". Every public query starts here, so a
/// later rule (e.g. scheduled publish times) changes one place.
/// </summary>
public static class PublishedQueries
{
    public static IQueryable<T> Published<T>(this IQueryable<T> query)
        where T : ContentEntity =>
        query.Where(e => e.Status == PublicationStatus.Published);

    /// <summary>Published partners whose country or region is published too.</summary>
    public static IQueryable<Partner> VisiblePartners(this IQueryable<Partner> query) =>
        query.Where(p => p.Status == PublicationStatus.Published && p.Country!.Status == PublicationStatus.Published);
}
