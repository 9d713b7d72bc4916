using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>One kind of programme on a study landing page: its first programmes by title, and how many there are.</summary>
public sealed record ProgrammeKindGroup(ProgrammeKind Kind, int Total, IReadOnlyList<ProgrammeListItem> Programmes)
{
    public bool HasMore => Total > Programmes.Count;
}
