namespace NjitInternational.Web.Infrastructure.Authorization;

/// <summary>The two staff roles. Administrators do everything; editors everything but accounts.</summary>
public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor];
}

/// <summary>Named authorization policies used by the admin area.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Any signed-in staff member (Administrator or Editor).</summary>
    public const string Staff = "Staff";

    /// <summary>Account management.</summary>
    public const string Administrator = "Administrator";
}
