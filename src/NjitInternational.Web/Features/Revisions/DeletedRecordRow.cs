using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

public sealed record DeletedRecordRow(long RevisionId, ContentType Type, int EntityId, string Title, DateTime DeletedAtUtc, string? DeletedBy, PublicationStatus StatusWhenDeleted);
