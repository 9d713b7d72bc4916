using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Home;

public sealed record HomeViewModel(
    LocalizedText OverviewTitle,
    IHtmlContent OverviewHtml,
    SiteFigures Figures,
    IReadOnlyList<ProgrammeListItem> Programmes,
    bool ProgrammesAreFeatured,
    IReadOnlyList<ConferenceSummary> Conferences,
    NjitInternational.Web.Data.Entities.SiteSettings Settings);

public sealed record ConferenceSummary(string Slug, LocalizedText Title, LocalizedText? Topic, DateOnly? StartDate);
