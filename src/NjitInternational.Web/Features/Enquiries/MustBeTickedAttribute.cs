using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// A checkbox that must be ticked (consent). [Required] cannot say this for a bool, and [Range] on a
/// bool does not work client-side; this emits data-val-mustbeticked, checked by wwwroot/js/validation.js.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MustBeTickedAttribute : ValidationAttribute, IClientModelValidator
{
    public override bool IsValid(object? value) => value is true;

    public void AddValidation(ClientModelValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Attributes.TryAdd("data-val", "true");
        context.Attributes.TryAdd("data-val-mustbeticked", FormatErrorMessage(context.ModelMetadata.GetDisplayName()));
    }
}
