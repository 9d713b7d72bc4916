namespace NjitInternational.Web.Data.Entities;

/// <summary>Where a record is in its editorial life. Only <see cref="Published"/> records are public.</summary>
public enum PublicationStatus
{
    Draft,
    Published,
    Archived,
}
