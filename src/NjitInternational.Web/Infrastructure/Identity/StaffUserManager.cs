using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Identity's user manager, except that recovery codes are stored hashed (see
/// <see cref="RecoveryCodeHash"/>): Identity's own store keeps them in plain text.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    // Where Identity's store keeps the codes: one authentication token, codes joined by ';'.
    private const string StoreLoginProvider = "[AspNetUserStore]";
    private const string RecoveryCodesTokenName = "RecoveryCodes";

    private IUserTwoFactorRecoveryCodeStore<AppUser> CodeStore =>
        Store as IUserTwoFactorRecoveryCodeStore<AppUser> ?? throw new NotSupportedException("The user store keeps no recovery codes.");

    public override async Task<IEnumerable<string>?> GenerateNewTwoFactorRecoveryCodesAsync(AppUser user, int number)
    {
        ArgumentNullException.ThrowIfNull(user);
        var codes = Enumerable.Range(0, number).Select(_ => CreateTwoFactorRecoveryCode()).Distinct(StringComparer.Ordinal).ToList();
        await CodeStore.ReplaceCodesAsync(user, codes.Select(RecoveryCodeHash.Hash), CancellationToken);
        var updated = await UpdateAsync(user);
        return updated.Succeeded ? codes : null;
    }

    public override async Task<IdentityResult> RedeemTwoFactorRecoveryCodeAsync(AppUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var stored = (await GetAuthenticationTokenAsync(user, StoreLoginProvider, RecoveryCodesTokenName) ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var match = stored.FindIndex(entry => RecoveryCodeHash.Matches(entry, code));
        if (match < 0)
        {
            return IdentityResult.Failed(ErrorDescriber.RecoveryCodeRedemptionFailed());
        }

        stored.RemoveAt(match);
        await CodeStore.ReplaceCodesAsync(user, stored, CancellationToken);
        return await UpdateAsync(user);
    }
}
