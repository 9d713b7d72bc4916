namespace NjitInternational.TestIdentityProvider;

/// <summary>
/// A person known to the test provider. <paramref name="Email"/> null: the ID token carries no
/// email claim; <paramref name="EmailVerified"/> null: no email_verified claim (as at Entra ID).
/// <paramref name="Amr"/>: the authentication methods the ID token reports (RFC 8176, e.g. "pwd mfa"),
/// separated by spaces; null: no amr claim.
/// </summary>
public sealed record TestUser(string UserName, string Subject, string? Email, bool? EmailVerified = true, string? Name = null, string? Amr = null);
