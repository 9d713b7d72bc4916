using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Home;

public sealed record HomeViewModel(
    string OverviewTitle,
    IHtmlContent OverviewHtml,
    SiteFigures Figures,
    IReadOnlyList<ProgrammeListItem> Programmes,
    bool ProgrammesAreFeatured,
    IReadOnlyList<ConferenceSummary> Conferences);

public sealed record ConferenceSummary(string Slug, string Title, string? Topic, DateOnly? StartDate);
