namespace NjitInternational.Web.Features.Accounts;

/// <summary>AuditEntry.Action values written for sign-in and account management.</summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignInLockedOut = "SignInLockedOut";
    public const string SignOut = "SignOut";
    public const string PasswordChanged = "PasswordChanged";
    public const string AccountCreated = "AccountCreated";
    public const string AccountDisabled = "AccountDisabled";
    public const string AccountEnabled = "AccountEnabled";
    public const string RoleChanged = "RoleChanged";
    public const string PasswordReset = "PasswordReset";
    public const string ExternalLoginLinked = "ExternalLoginLinked";
    public const string ExternalSignInRefused = "ExternalSignInRefused";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string AccountSettingsChanged = "AccountSettingsChanged";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string TwoFactorFailed = "TwoFactorFailed";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string RecoveryCodesRegenerated = "RecoveryCodesRegenerated";
    public const string PasskeyAdded = "PasskeyAdded";
    public const string PasskeyRenamed = "PasskeyRenamed";
    public const string PasskeyRemoved = "PasskeyRemoved";
    public const string PasskeyFailed = "PasskeyFailed";

    /// <summary>AuditEntry.EntityType of account entries.</summary>
    public const string AccountEntity = "Account";
}
