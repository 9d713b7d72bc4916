using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record PreviewPage(ContentType Type, int Id, string Title, PublicationStatus Status, IReadOnlyList<PreviewField> Fields);
