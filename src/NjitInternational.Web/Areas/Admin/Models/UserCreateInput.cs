using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

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
