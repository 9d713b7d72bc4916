using System.Linq.Expressions;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// The one definition of "a visitor may see this record". Every public query starts here, so a
/// later rule (e.g. scheduled publish times) changes one place.
/// </summary>
public static class PublishedQueries
{
    /// <summary>
    /// A published partner in a published country, as an expression for use inside projections over a
    /// navigation (e.g. <c>p.Partners.Select(pp => pp.Partner!).AsQueryable().Where(IsVisiblePartner)</c>),
    /// which SQLite can join where a correlated subquery from the Partners set would need APPLY.
    /// </summary>
    public static readonly Expression<Func<Partner, bool>> IsVisiblePartner =
        p => p.Status == PublicationStatus.Published && p.Country!.Status == PublicationStatus.Published;

    public static IQueryable<T> Published<T>(this IQueryable<T> query)
        where T : ContentEntity =>
        query.Where(e => e.Status == PublicationStatus.Published);

    /// <summary>Published partners whose country or region is published too.</summary>
    public static IQueryable<Partner> VisiblePartners(this IQueryable<Partner> query) =>
        query.Where(IsVisiblePartner);
}
