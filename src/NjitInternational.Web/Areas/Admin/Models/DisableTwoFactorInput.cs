using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Turning two-factor off needs proof: a current code from the app, or the password.</summary>
public sealed class DisableTwoFactorInput
{
    [Required(ErrorMessage = "Enter a code from your authenticator app or your password.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    [Display(Name = "Authenticator code or password")]
    public string Proof { get; set; } = string.Empty;
}
