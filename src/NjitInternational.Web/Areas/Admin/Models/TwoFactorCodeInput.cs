using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The six-digit code from an authenticator app (sign-in, enrolment, turning two-factor off).</summary>
public sealed class TwoFactorCodeInput
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [StringLength(9)]
    [Display(Name = "Authenticator code")]
    public string Code { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}
