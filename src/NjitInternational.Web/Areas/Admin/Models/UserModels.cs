using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record UserListItem(
    string Id,
    string Email,
    string? DisplayName,
    string Roles,
    bool IsDisabled,
    bool IsLockedOut,
    bool MustChangePassword,
    DateTime? LastSignInUtc);

public sealed record UserListViewModel(IReadOnlyList<UserListItem> Users, string CurrentUserId);

/// <summary>Shown once, right after an account is created or its password reset.</summary>
public sealed record OneTimePasswordViewModel(string Email, string Password, bool IsNewAccount);

public sealed record UserConfirmViewModel(string Id, string Email, string Action);

public sealed class UserCreateInput
{
    [Required(ErrorMessage = "Enter the email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = string.Empty;

    [StringLength(100)]
    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = Infrastructure.Authorization.StaffRoles.Editor;
}

public sealed class UserRoleInput
{
    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = string.Empty;
}
