using Microsoft.AspNetCore.Identity;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>Refuses passwords over 128 characters (Identity has a minimum but no maximum).</summary>
public sealed class MaximumLengthPasswordValidator<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be at most {MaximumLength} characters.",
            })
            : IdentityResult.Success);
}
