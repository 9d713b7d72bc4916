using System.Linq.Expressions;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Services;

/// <summary>Extends each content type's list-row projection with the shared schedule columns, so the list needs one query.</summary>
public static class ContentListRows
{
    public static Expression<Func<TEntity, ContentListRow>> WithSchedule<TEntity>(Expression<Func<TEntity, ContentListRow>> row)
        where TEntity : ContentEntity
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = row.Parameters[0];
        MemberBinding[] schedule =
        [
            Expression.Bind(typeof(ContentListRow).GetProperty(nameof(ContentListRow.PublishAtUtc))!, Expression.Property(entity, nameof(ContentEntity.PublishAtUtc))),
            Expression.Bind(typeof(ContentListRow).GetProperty(nameof(ContentListRow.UnpublishAtUtc))!, Expression.Property(entity, nameof(ContentEntity.UnpublishAtUtc))),
        ];
        var body = row.Body switch
        {
            NewExpression created => Expression.MemberInit(created, schedule),
            MemberInitExpression initialised => Expression.MemberInit(initialised.NewExpression, [.. initialised.Bindings, .. schedule]),
            _ => throw new ArgumentException("The list row must be a 'new ContentListRow(...)' expression.", nameof(row)),
        };
        return Expression.Lambda<Func<TEntity, ContentListRow>>(body, entity);
    }
}
