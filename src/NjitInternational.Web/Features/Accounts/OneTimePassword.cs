using System.Security.Cryptography;

namespace NjitInternational.Web.Features.Accounts;

/// <summary>Generates the one-time passwords given to new accounts and after a reset.</summary>
public static class OneTimePassword
{
    // No look-alikes (0/O, 1/l/I): the administrator may read it out or type it.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public const int Length = 20;

    /// <summary>20 characters from a CSPRNG over 56 symbols: about 116 bits.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
