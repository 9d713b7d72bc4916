using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Identity;

namespace NjitInternational.UnitTests;

public class PasswordValidatorTests
{
    private static readonly AppUser User = new();

    [Fact]
    public async Task MaximumLength_Accepts128Characters_AndRefuses129()
    {
        var validator = new MaximumLengthPasswordValidator<AppUser>();

        var ok = await validator.ValidateAsync(null!, User, new string('a', 128));
        var tooLong = await validator.ValidateAsync(null!, User, new string('a', 129));

        Assert.True(ok.Succeeded);
        Assert.False(tooLong.Succeeded);
        Assert.Equal("PasswordTooLong", Assert.Single(tooLong.Errors).Code);
    }

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("QWERTY123456")]
    [InlineData("  qwertyqwerty ")]
    public async Task Common_RefusesListedPasswords_WhateverTheirCase(string password)
    {
        var result = await new CommonPasswordValidator<AppUser>().ValidateAsync(null!, User, password);

        Assert.False(result.Succeeded);
        Assert.Equal("PasswordTooCommon", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Common_AcceptsAnUnlistedPassphrase()
    {
        var result = await new CommonPasswordValidator<AppUser>().ValidateAsync(null!, User, "plum-harbour-lantern-47");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void CommonList_IsShippedWithTenThousandEntries()
    {
        Assert.Equal(10_000, CommonPasswords.Count);
    }
}
