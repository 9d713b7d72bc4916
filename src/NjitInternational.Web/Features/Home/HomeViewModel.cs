using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Home;

public sealed record HomeViewModel(string OverviewTitle, IHtmlContent OverviewHtml, SiteFigures Figures);
