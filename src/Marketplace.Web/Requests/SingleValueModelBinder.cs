using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>
/// A single value outside a JSON body (a form field, a query parameter) given twice
/// (<c>SlotId=a&amp;SlotId=b</c>, <c>page=1&amp;page=2</c>) is refused rather than read as its first: which one the
/// sender meant is not ours to guess. A yes/no is left to <see cref="CheckboxModelBinder"/>, since a checkbox
/// sends its hidden twin along.
/// </summary>
internal sealed class SingleValueModelBinder(IModelBinder inner) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var given = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (given.Length <= 1)
        {
            return inner.BindModelAsync(bindingContext);
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, given);
        bindingContext.ModelState.TryAddModelError(
            bindingContext.ModelName, UiText.Format(InputText.Repeated, UiText.FieldName(bindingContext.ModelMetadata.Name ?? bindingContext.ModelName)));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Wraps the binder the providers after it would choose for a single value in <see cref="SingleValueModelBinder"/>;
/// it must stand first in <paramref name="providers"/>, the list it reads on.
/// </summary>
internal sealed class SingleValueModelBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var metadata = context.Metadata;
        if (metadata.IsComplexType || metadata.IsEnumerableType || metadata.UnderlyingOrModelType == typeof(bool)
            || metadata.BindingSource is { } source && (source == BindingSource.Body || source == BindingSource.Services || source == BindingSource.Special
                || source == BindingSource.FormFile || source == BindingSource.Header))
        {
            return null;
        }

        var inner = providers.SkipWhile(provider => provider != this).Skip(1)
            .Select(provider => provider.GetBinder(context)).FirstOrDefault(binder => binder is not null);
        return inner is null ? null : new SingleValueModelBinder(inner);
    }
}
