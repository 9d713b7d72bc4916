using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NjitInternational.Web.Infrastructure.ModelBinding;

/// <summary>
/// Binds bool (checkbox) fields so that a value that is not a boolean (a bot or a fuzzer posting
/// "abc") becomes a field error and an unticked box. MVC's default binder keeps the bad raw value,
/// and the checkbox tag helper then throws while re-rendering the form: a 500 for bad input.
/// </summary>
internal sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A ticked checkbox posts "true" and its hidden companion "false": the first value counts.
        if (bool.TryParse(posted.FirstValue, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, "false", "false");
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Tick the box or leave it empty.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

internal sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder() : null;
    }
}
