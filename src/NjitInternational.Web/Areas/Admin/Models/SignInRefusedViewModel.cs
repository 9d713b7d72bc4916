using NjitInternational.Web.Features.ExternalSignIn;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The refusal page: why (when known), the provider's name, and whether the password form is an alternative.</summary>
public sealed record SignInRefusedViewModel(ExternalSignInRefusal? Refusal, string ProviderName, bool PasswordsForEveryone);
