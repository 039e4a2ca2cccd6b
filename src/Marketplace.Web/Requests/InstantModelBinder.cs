using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>Binds query, route and form instants only with their offset (see <see cref="Instants"/>).</summary>
internal sealed class InstantModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || string.IsNullOrEmpty(value.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (Instants.Parse(value.FirstValue) is { } instant)
        {
            bindingContext.Result = ModelBindingResult.Success(instant);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName, UiText.Format(InputText.Instant, UiText.FieldName(bindingContext.ModelMetadata.Name ?? bindingContext.ModelName)));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="InstantModelBinder"/> for every <see cref="DateTimeOffset"/> outside a JSON body.</summary>
internal sealed class InstantModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateTimeOffset) ? new InstantModelBinder() : null;
}
