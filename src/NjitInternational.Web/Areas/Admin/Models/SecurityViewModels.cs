using NjitInternational.Web.Features.Accounts;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The account's sign-in security page.</summary>
public sealed record SecurityOverviewViewModel(
    bool TwoFactorEnabled,
    int RecoveryCodesLeft,
    bool EnrolmentRequired,
    IReadOnlyList<PasskeyRow> Passkeys);

/// <summary>One passkey: <paramref name="Id"/> is its credential id in base64url, used in addresses.</summary>
public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

public sealed record AuthenticatorEnrolmentViewModel(AuthenticatorSetup Setup, bool EnrolmentRequired, TwoFactorCodeInput Input);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
