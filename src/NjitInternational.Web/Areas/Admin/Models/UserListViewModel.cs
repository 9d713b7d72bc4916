namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record UserListViewModel(IReadOnlyList<UserListItem> Users, string CurrentUserId);
