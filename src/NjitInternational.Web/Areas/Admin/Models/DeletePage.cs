using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record DeletePage(ContentType Type, int Id, string Title, Guid ConcurrencyStamp, IReadOnlyList<string> Dependents, string? Message);
