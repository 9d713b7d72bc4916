using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The JSON of the browser's PublicKeyCredential, put in a hidden field by wwwroot/js/passkeys.js.</summary>
public sealed class PasskeyCredentialInput
{
    [StringLength(16_000)]
    public string CredentialJson { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}
