using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>
/// A list of texts from a form or query string (<c>Skills=a&amp;Skills=b</c>) without its empty entries:
/// <c>&amp;Skills=</c> means nothing chosen, never a skill named "" or null.
/// </summary>
internal sealed class TextListModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var given = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (given == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, given);
        bindingContext.Result = ModelBindingResult.Success(given.Values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim()).ToList());
        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="TextListModelBinder"/> for every <c>List&lt;string&gt;</c> outside a JSON body.</summary>
internal sealed class TextListModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(List<string>) ? new TextListModelBinder() : null;
}
