namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Shown once, right after an account is created or its password reset.</summary>
public sealed record OneTimePasswordViewModel(string Email, string Password, bool IsNewAccount);
