using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordInput
{
    [Required]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(2000)]
    public string Token { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "The new password must be 12 to 128 characters long.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm new password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

/// <summary>The account page: the language of the mail this person receives, and the weekly digest.</summary>
public sealed class AccountSettingsInput
{
    [Required]
    [RegularExpression("^(en|zh-CN)$", ErrorMessage = "Choose English or Chinese.")]
    [Display(Name = "Language of the mail you receive")]
    public string PreferredCulture { get; set; } = "en";

    [Display(Name = "Send me the weekly summary (expiring agreements, overdue reviews, unread enquiries, broken links)")]
    public bool WeeklyDigest { get; set; } = true;
}
