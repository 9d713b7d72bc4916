using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NjitInternational.Web.Features.ExternalSignIn;

namespace NjitInternational.UnitTests.ExternalSignIn;

/// <summary>The handler's failures, as the refusal page names them.</summary>
public sealed class OidcRemoteFailureTests
{
    public static TheoryData<Exception, ExternalSignInRefusal> Failures => new()
    {
        { new SecurityTokenInvalidAudienceException("aud"), ExternalSignInRefusal.InvalidToken },
        { new SecurityTokenInvalidIssuerException("iss"), ExternalSignInRefusal.InvalidToken },
        { new SecurityTokenExpiredException("exp"), ExternalSignInRefusal.InvalidToken },
        { new OpenIdConnectProtocolInvalidNonceException("nonce"), ExternalSignInRefusal.InvalidToken },
        { new AuthenticationFailureException("Correlation failed."), ExternalSignInRefusal.InvalidState },
        { new AuthenticationFailureException("The oauth state was missing or invalid."), ExternalSignInRefusal.InvalidState },
        { new OpenIdConnectProtocolException("Message contains error: 'invalid_grant'"), ExternalSignInRefusal.ProviderError },
        { new InvalidOperationException("anything else"), ExternalSignInRefusal.ProviderError },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Classify_NamesTheRefusal(Exception failure, ExternalSignInRefusal expected)
    {
        Assert.Equal(expected, OidcRemoteFailure.Classify(failure));
    }
}
