namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>Addresses of the external sign-in flow, needed before routing exists (handler events).</summary>
public static class ExternalSignInPaths
{
    public const string Challenge = "/admin/account/external";
    public const string Callback = "/admin/account/external/callback";
    public const string RefusedPage = "/admin/account/external/refused";

    public static string Refused(ExternalSignInRefusal refusal) =>
        $"{RefusedPage}?reason={Uri.EscapeDataString(refusal.ToString())}";
}
