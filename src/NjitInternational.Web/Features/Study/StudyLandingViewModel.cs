using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Study;

/// <summary>A landing page: the office's prose (when its Page record is published) and the relevant programmes.</summary>
public sealed record StudyLandingViewModel(
    string? PageTitle,
    string? PageSummary,
    IHtmlContent BodyHtml,
    bool HasBody,
    IReadOnlyList<ProgrammeKindGroup> ProgrammeGroups)
{
    /// <summary>Programmes listed per kind on a landing page; the catalogue link shows the rest.</summary>
    public const int ProgrammesPerKind = 10;

    public bool HasProgrammes => ProgrammeGroups.Count > 0;
}
