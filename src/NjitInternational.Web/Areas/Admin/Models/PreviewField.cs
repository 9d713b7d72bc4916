using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record PreviewField(string Label, string? Text, IHtmlContent? Html);
