using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class RecoveryCodeInput
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(20)]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}
