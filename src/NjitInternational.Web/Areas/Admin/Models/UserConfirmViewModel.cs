namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record UserConfirmViewModel(string Id, string Email, string Action);
