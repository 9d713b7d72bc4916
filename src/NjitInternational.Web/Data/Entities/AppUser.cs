using Microsoft.AspNetCore.Identity;

namespace NjitInternational.Web.Data.Entities;

/// <summary>A member of the international office staff who signs in to the admin area.</summary>
public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Set for new accounts and after an administrator's password reset.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>
    /// May sign in with a password even when local passwords are turned off: the way back in when
    /// the identity provider is down. Set only by <c>create-admin --break-glass</c>.
    /// </summary>
    public bool BreakGlass { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The language of the mail this person receives (en or zh-CN); chosen on their account page.</summary>
    public string PreferredCulture { get; set; } = "en";

    /// <summary>True when the person turned the weekly digest off on their account page (on by default).</summary>
    public bool WeeklyDigestOff { get; set; }
}
