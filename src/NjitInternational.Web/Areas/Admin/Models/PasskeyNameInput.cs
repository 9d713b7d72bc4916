using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class PasskeyNameInput
{
    [Required(ErrorMessage = "Enter a name for the passkey.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    [Display(Name = "Passkey name")]
    public string Name { get; set; } = string.Empty;
}
