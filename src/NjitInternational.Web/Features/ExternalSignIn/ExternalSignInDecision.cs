using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>The outcome of <see cref="ExternalStaffSignIn.DecideAsync"/>: an account, or a refusal.</summary>
public sealed record ExternalSignInDecision(AppUser? User, ExternalSignInRefusal? Refusal, string? Email, bool LinksLogin)
{
    public static ExternalSignInDecision Accept(AppUser user, bool linksLogin) => new(user, null, user.Email, linksLogin);

    public static ExternalSignInDecision Refuse(ExternalSignInRefusal refusal, string? email) => new(null, refusal, email, false);
}
