namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>
/// <c>Authentication:LocalPasswords</c>: whether staff may sign in with a password. Turning it off
/// takes effect only while OpenID Connect is on, and never for break-glass accounts (the way back in
/// when the identity provider is down).
/// </summary>
public sealed class LocalPasswordOptions
{
    public const string SectionName = "Authentication:LocalPasswords";

    public bool Enabled { get; set; } = true;
}
