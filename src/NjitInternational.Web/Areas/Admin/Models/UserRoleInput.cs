using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class UserRoleInput
{
    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = string.Empty;
}
