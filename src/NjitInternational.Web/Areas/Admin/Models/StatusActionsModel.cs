using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Publish, unpublish, archive and delete buttons for one record.</summary>
public sealed record StatusActionsModel(ContentType Type, int Id, string Title, PublicationStatus Status, Guid ConcurrencyStamp, string ReturnUrl, bool Compact);
