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
        BackgroundActor.Current
        ?? (accessor.HttpContext?.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null);
}

/// <summary>
/// Names the actor of work done outside a request (e.g. "scheduler"), so its saves are stamped
/// and audited as that actor: <c>using (BackgroundActor.Use("scheduler")) { ... }</c>. Flows with
/// the async context only, so it never leaks into a request.
/// </summary>
public static class BackgroundActor
{
    private static readonly AsyncLocal<string?> Actor = new();

    public static string? Current => Actor.Value;

    public static IDisposable Use(string name)
    {
        var previous = Actor.Value;
        Actor.Value = name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Actor.Value = previous;
    }
}
