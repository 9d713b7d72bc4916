using Microsoft.AspNetCore.Mvc.Rendering;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record AllianceMemberRow(int Id, string Name, string? Country, bool IsPartner);

public sealed record AllianceMembersModel(
    int AllianceId,
    IReadOnlyList<AllianceMemberRow> Members,
    IReadOnlyList<SelectListItem> Partners,
    IReadOnlyList<SelectListItem> Countries)
{
    public AllianceMemberInput Member { get; init; } = new();
}
