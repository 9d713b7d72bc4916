namespace NjitInternational.Web.Infrastructure;

/// <summary>Who is acting, for audit stamps. A seam so stamps can be tested without HTTP.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's name, or null for anonymous visitors and background work.</summary>
    string? UserName { get; }
}

internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserName =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
}
