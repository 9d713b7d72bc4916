using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Revisions;

public sealed record RevisionRow(long Id, int Number, DateTime AtUtc, string? UserName, PublicationStatus Status, bool IsDeleted, string Summary, string? Note);
