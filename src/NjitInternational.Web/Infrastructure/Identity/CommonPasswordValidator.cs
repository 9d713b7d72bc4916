using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Refuses passwords on the shipped list of the most common ones (case-insensitive). The list is
/// an embedded resource (see Resources/README.md for its source and licence), loaded once.
/// </summary>
public sealed class CommonPasswordValidator<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Contains(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is on a list of commonly used passwords. Choose another one.",
            })
            : IdentityResult.Success);
}

/// <summary>The shipped list of common passwords.</summary>
public static class CommonPasswords
{
    private const string ResourceName = "NjitInternational.Web.Infrastructure.Identity.Resources.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return List.Value.Contains(password.Trim());
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
