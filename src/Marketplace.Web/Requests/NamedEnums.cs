using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Requests;

/// <summary>
/// Enum values outside a JSON body (query strings, forms, routes) by name only, as the wire writes them
/// (<c>status=accepted</c>, case aside). A number (<c>status=0</c>) is refused: it would name whatever value
/// happens to sit at that position, and an undefined one would reach the database as a number.
/// </summary>
internal static class NamedEnums
{
    public static bool TryParse(Type type, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text) || char.IsDigit(text.TrimStart('-', '+')[0]) || text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return Enum.TryParse(type, text, ignoreCase: true, out value) && Enum.IsDefined(type, value!);
    }

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var parsed = TryParse(typeof(T), text, out var found);
        value = parsed ? (T)found! : default;
        return parsed;
    }
}

/// <summary>Binds enums outside a JSON body by name only (see <see cref="NamedEnums"/>).</summary>
internal sealed class NamedEnumModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var given = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (given == ValueProviderResult.None || string.IsNullOrEmpty(given.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, given);
        var type = bindingContext.ModelMetadata.UnderlyingOrModelType;
        if (NamedEnums.TryParse(type, given.FirstValue, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            var names = string.Join(", ", Enum.GetNames(type).Select(name => char.ToLowerInvariant(name[0]) + name[1..]));
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName, UiText.Format(InputText.OneOf, UiText.FieldName(bindingContext.ModelMetadata.Name ?? bindingContext.ModelName), names));
        }

        return Task.CompletedTask;
    }
}

internal sealed class NamedEnumModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType.IsEnum ? new NamedEnumModelBinder() : null;
}
