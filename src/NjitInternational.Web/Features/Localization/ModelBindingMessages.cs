using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace NjitInternational.Web.Features.Localization;

/// <summary>The model binder's own messages ("The value 'abc' is not valid for …") through the resources.</summary>
public static class ModelBindingMessages
{
    public const string MissingBindRequiredValue = "A value for the '{0}' parameter or property was not provided.";
    public const string MissingKeyOrValue = "A value is required.";
    public const string MissingRequestBodyRequiredValue = "A non-empty request body is required.";
    public const string ValueMustNotBeNull = "The value '{0}' is invalid.";
    public const string AttemptedValueIsInvalid = "The value '{0}' is not valid for {1}.";
    public const string NonPropertyAttemptedValueIsInvalid = "The value '{0}' is not valid.";
    public const string UnknownValueIsInvalid = "The supplied value is invalid for {0}.";
    public const string NonPropertyUnknownValueIsInvalid = "The supplied value is invalid.";
    public const string ValueIsInvalid = "The value '{0}' is invalid.";
    public const string ValueMustBeANumber = "The field {0} must be a number.";
    public const string NonPropertyValueMustBeANumber = "The field must be a number.";

    /// <summary>Every key above, for the resource parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        MissingBindRequiredValue, MissingKeyOrValue, MissingRequestBodyRequiredValue, ValueMustNotBeNull,
        AttemptedValueIsInvalid, NonPropertyAttemptedValueIsInvalid, UnknownValueIsInvalid,
        NonPropertyUnknownValueIsInvalid, ValueIsInvalid, ValueMustBeANumber, NonPropertyValueMustBeANumber,
    ];

    public static void Localize(DefaultModelBindingMessageProvider provider, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(localizer);
        provider.SetMissingBindRequiredValueAccessor(x => localizer[MissingBindRequiredValue, x]);
        provider.SetMissingKeyOrValueAccessor(() => localizer[MissingKeyOrValue]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => localizer[MissingRequestBodyRequiredValue]);
        provider.SetValueMustNotBeNullAccessor(x => localizer[ValueMustNotBeNull, x]);
        provider.SetAttemptedValueIsInvalidAccessor((x, y) => localizer[AttemptedValueIsInvalid, x, y]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(x => localizer[NonPropertyAttemptedValueIsInvalid, x]);
        provider.SetUnknownValueIsInvalidAccessor(x => localizer[UnknownValueIsInvalid, x]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer[NonPropertyUnknownValueIsInvalid]);
        provider.SetValueIsInvalidAccessor(x => localizer[ValueIsInvalid, x]);
        provider.SetValueMustBeANumberAccessor(x => localizer[ValueMustBeANumber, x]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => localizer[NonPropertyValueMustBeANumber]);
    }
}
