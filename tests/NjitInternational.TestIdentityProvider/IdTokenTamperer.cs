using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NjitInternational.TestIdentityProvider;

/// <summary>Changes one claim of an issued ID token and signs it again with the provider's key.</summary>
internal static class IdTokenTamperer
{
    public static string Rewrite(string idToken, TokenTampering tampering, SecurityKey signingKey)
    {
        var handler = new JsonWebTokenHandler();
        var token = handler.ReadJsonWebToken(idToken);
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(token.EncodedPayload))!.AsObject();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (tampering)
        {
            case TokenTampering.WrongAudience:
                payload["aud"] = "another-application";
                break;
            case TokenTampering.WrongIssuer:
                payload["iss"] = "https://wrong-issuer.example/";
                break;
            case TokenTampering.Expired:
                payload["iat"] = now - 7200;
                payload["nbf"] = now - 7200;
                payload["exp"] = now - 3600;
                break;
        }

        return handler.CreateToken(payload.ToJsonString(), new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256));
    }
}
