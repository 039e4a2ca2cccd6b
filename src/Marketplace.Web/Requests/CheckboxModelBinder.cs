using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>
/// A yes/no from a form: a checkbox sends <c>true</c> (and its hidden twin <c>false</c>). Anything else is a
/// field error, and the text is not kept for the form: the checkbox would try to read "yes" as a yes/no
/// when the page is shown again, and fail.
/// </summary>
internal sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var given = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (given == ValueProviderResult.None || given.All(string.IsNullOrEmpty))
        {
            return Task.CompletedTask;
        }

        if (given.All(value => bool.TryParse(value, out _)))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, given);
            bindingContext.Result = ModelBindingResult.Success(given.Any(value => bool.Parse(value!)));
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName, UiText.Format(InputText.Boolean, UiText.FieldName(bindingContext.ModelMetadata.Name ?? bindingContext.ModelName)));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="CheckboxModelBinder"/> for every <see cref="bool"/> outside a JSON body.</summary>
internal sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxModelBinder() : null;
}
