using NjitInternational.Web.Features.ExternalSignIn;

namespace NjitInternational.UnitTests.ExternalSignIn;

public sealed class OidcOptionsValidatorTests
{
    private static OidcOptions Complete() => new()
    {
        Authority = "https://login.microsoftonline.com/tenant/v2.0",
        ClientId = "client",
        ClientSecret = "secret",
        DisplayName = "NJIT unified sign-in",
    };

    [Fact]
    public void WithoutAuthority_TheProviderIsOff_AndNothingElseIsRequired()
    {
        var options = new OidcOptions { ClientId = null, DisplayName = string.Empty };

        Assert.False(options.Enabled);
        Assert.True(new OidcOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void ACompleteConfiguration_IsAccepted()
    {
        Assert.True(new OidcOptionsValidator().Validate(null, Complete()).Succeeded);
    }

    [Theory]
    [InlineData("http://idp.example.edu/", "Authority")]
    [InlineData("not a url", "Authority")]
    public void AnAuthorityThatIsNotHttps_IsRefused_ExceptOnLoopback(string authority, string setting)
    {
        var options = Complete();
        options.Authority = authority;

        var result = new OidcOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Authentication:Oidc:{setting}", result.FailureMessage, StringComparison.Ordinal);
        options.Authority = "http://127.0.0.1:5123/";
        Assert.True(new OidcOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void MissingClientCredentials_AndButtonText_AreEachNamed()
    {
        var options = Complete();
        options.ClientId = " ";
        options.ClientSecret = null;
        options.DisplayName = string.Empty;

        var result = new OidcOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Authentication:Oidc:ClientId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:DisplayName", result.FailureMessage, StringComparison.Ordinal);
    }
}
