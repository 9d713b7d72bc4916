using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, 6 digits). Hand-written
/// instead of Identity's <c>AuthenticatorTokenProvider</c> because that one accepts codes two steps
/// either side (a 2.5-minute window), reads the wall clock instead of <see cref="TimeProvider"/>,
/// and accepts the same code again. This one accepts one step either side (clock drift of a phone),
/// reads the injected clock, and refuses any step at or before the last accepted one (RFC 6238
/// section 5.2: a code is good once).
/// </summary>
internal sealed class TimeStepAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "NjitAuthenticator";

    /// <summary>Steps accepted either side of the current one.</summary>
    public const int AllowedDrift = 1;

    private const string TokenLoginProvider = "[NjitAuthenticator]";
    private const string LastStepTokenName = "LastAcceptedStep";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The code comes from the user's app; the site never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = (token ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var keyBytes = Base32.Decode(key);
        var current = clock.GetUtcNow().ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var lastText = await manager.GetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName);
        var last = long.TryParse(lastText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MinValue;
        for (var step = current - AllowedDrift; step <= current + AllowedDrift; step++)
        {
            if (step > last && CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Compute(keyBytes, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                await manager.SetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }

    /// <summary>Forgets the replay marker when the key changes (a new key starts its own sequence).</summary>
    public static Task<IdentityResult> ForgetLastStepAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return manager.RemoveAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName);
    }

    private static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its collisions do not weaken an HMAC.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
