using System.Security.Cryptography;
using System.Text;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Recovery codes as stored: PBKDF2-SHA256 with a 128-bit salt (ASVS 5.0 V6.5.2: lookup secrets
/// of under 112 bits of entropy, and Identity's codes have about 50, are stored with a password
/// hash). Codes stored in plain text before this existed still verify, in constant time.
/// </summary>
public static class RecoveryCodeHash
{
    private const string Prefix = "pbkdf2-sha256$";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        // No ';' in the result: Identity keeps the codes of an account in one token, joined by ';'.
        return Prefix + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
    }

    public static bool Matches(string stored, string code)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(code);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(code));
        }

        var parts = stored[Prefix.Length..].Split('$');
        if (parts.Length != 2)
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[0]);
        var expected = Convert.FromBase64String(parts[1]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
