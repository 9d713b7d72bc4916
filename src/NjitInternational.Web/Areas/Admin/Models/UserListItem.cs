namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record UserListItem(
    string Id,
    string Email,
    string? DisplayName,
    string Roles,
    bool IsDisabled,
    bool IsLockedOut,
    bool MustChangePassword,
    DateTime? LastSignInUtc,
    bool BreakGlass = false,
    bool TwoFactorEnabled = false,
    int PasskeyCount = 0);
