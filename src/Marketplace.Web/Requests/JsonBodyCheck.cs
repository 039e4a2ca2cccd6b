using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Localization;

namespace Marketplace.Web.Requests;

/// <summary>
/// Reads a JSON body against the shape of the type it binds to before any of it is used: every member the
/// type requires is there, nothing that may not be null is null (list items included), every value has the
/// type it must have, and no text holds characters a database cannot keep. Each fault is reported at its
/// JSON path (<c>address.areaCode</c>, <c>skills[1]</c>), all at once, so a client never gets a silent
/// default (a missing latitude read as 0) or a 500 from a rule that ran on null.
/// </summary>
/// <remarks>
/// A member is required when its constructor parameter has no default value (see
/// <see cref="JsonSerializerOptions.RespectRequiredConstructorParameters"/>); it may be null when its type
/// says so. The same metadata describes the body in the OpenAPI document, so the two cannot disagree.
/// </remarks>
internal sealed class JsonBodyCheck(JsonSerializerOptions options)
{
    public IReadOnlyList<InputError> Check(JsonElement body, Type type)
    {
        var errors = new List<InputError>();
        Value(body, type, string.Empty, string.Empty, errors);
        return errors;
    }

    private void Value(JsonElement element, Type type, string path, string field, List<InputError> errors)
    {
        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                Object(element, info, path, field, errors);
                break;
            case JsonTypeInfoKind.Enumerable:
                List(element, info.ElementType!, path, field, errors);
                break;
            case JsonTypeInfoKind.Dictionary when element.ValueKind == JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    Item(member.Value, info.ElementType!, Member(path, member.Name), field, errors);
                }

                break;
            default:
                Leaf(element, info, path, field, errors);
                break;
        }
    }

    private void Object(JsonElement element, JsonTypeInfo info, string path, string field, List<InputError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, UiText.Format(InputText.Object, field)));
            return;
        }

        if (info.PolymorphismOptions is { } polymorphism)
        {
            if (Derived(element, polymorphism, path, errors) is not { } derived)
            {
                return;
            }

            info = options.GetTypeInfo(derived);
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var members = element.EnumerateObject().ToList();
        foreach (var property in info.Properties)
        {
            var memberPath = Member(path, property.Name);
            var name = FieldName(property);
            var given = members.Where(member => string.Equals(member.Name, property.Name, comparison)).ToList();
            if (given.Count > 1)
            {
                errors.Add(new(memberPath, UiText.Format(InputText.Repeated, name)));
            }
            else if (given.Count == 0)
            {
                if (property.IsRequired)
                {
                    errors.Add(new(memberPath, UiText.Format(InputText.Required, name)));
                }
            }
            else if (given[0].Value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    errors.Add(new(memberPath, UiText.Format(InputText.Required, name)));
                }
            }
            else
            {
                Value(given[0].Value, property.PropertyType, memberPath, name, errors);
            }
        }
    }

    /// <summary>The type a polymorphic body names by its discriminator (<c>kind</c>), or null after reporting why not.</summary>
    private static Type? Derived(JsonElement element, JsonPolymorphismOptions polymorphism, string path, List<InputError> errors)
    {
        var discriminator = polymorphism.TypeDiscriminatorPropertyName;
        var known = polymorphism.DerivedTypes.Select(d => (Name: d.TypeDiscriminator?.ToString(), d.DerivedType)).ToList();
        var given = element.EnumerateObject().FirstOrDefault(m => string.Equals(m.Name, discriminator, StringComparison.Ordinal));
        var match = Text(given.Value) is { } givenName ? known.FirstOrDefault(k => k.Name == givenName) : default;
        if (match.DerivedType is null)
        {
            var name = UiText.FieldName(char.ToUpperInvariant(discriminator[0]) + discriminator[1..]);
            errors.Add(new(Member(path, discriminator), UiText.Format(InputText.OneOf, name, string.Join(", ", known.Select(k => k.Name)))));
        }

        return match.DerivedType;
    }

    private void List(JsonElement element, Type itemType, string path, string field, List<InputError> errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path, UiText.Format(InputText.List, field)));
            return;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            Item(item, itemType, $"{path}[{index++}]", field, errors);
        }
    }

    // No list of ours holds nulls on purpose; only a list of nullable values may.
    private void Item(JsonElement item, Type itemType, string path, string field, List<InputError> errors)
    {
        if (item.ValueKind == JsonValueKind.Null)
        {
            if (Nullable.GetUnderlyingType(itemType) is null)
            {
                errors.Add(new(path, UiText.Format(InputText.Required, field)));
            }

            return;
        }

        Value(item, itemType, path, field, errors);
    }

    private void Leaf(JsonElement element, JsonTypeInfo info, string path, string field, List<InputError> errors)
    {
        if (info.Type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(new(path, UiText.Format(InputText.Text, field)));
            }
            else if (!IsStorable(element))
            {
                errors.Add(new(path, UiText.Format(InputText.Unstorable, field)));
            }

            return;
        }

        try
        {
            element.Deserialize(info);
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            errors.Add(new(path, Expected(info.Type, field)));
        }
    }

    private static bool IsStorable(JsonElement text) => Text(text) is { } read && StorableText.IsStorable(read);

    // An escaped half of a surrogate pair ("\ud800") is valid JSON but no text at all: reading it throws.
    private static string? Text(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private string Expected(Type type, string field)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            var names = Enum.GetNames(underlying).Select(name => JsonSerializer.Serialize(Enum.Parse(underlying, name), options).Trim('"'));
            return UiText.Format(InputText.OneOf, field, string.Join(", ", names));
        }

        var key = underlying switch
        {
            _ when underlying == typeof(bool) => InputText.Boolean,
            _ when underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(short) => InputText.WholeNumber,
            _ when underlying == typeof(double) || underlying == typeof(decimal) || underlying == typeof(float) => InputText.Number,
            _ when underlying == typeof(Guid) => InputText.Id,
            _ when underlying == typeof(DateOnly) => InputText.Date,
            _ when underlying == typeof(TimeOnly) => InputText.Time,
            _ when underlying == typeof(DateTimeOffset) => InputText.Instant,
            _ => InputText.Invalid,
        };
        return UiText.Format(key, field);
    }

    /// <summary>The field's label in the reader's language (the .NET member name picks it), or its JSON name.</summary>
    private static string FieldName(JsonPropertyInfo property) =>
        property.AttributeProvider is System.Reflection.MemberInfo member ? UiText.FieldName(member.Name) : property.Name;

    private static string Member(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}

/// <summary>What is wrong with one part of a request, at its JSON path.</summary>
internal sealed record InputError(string Path, string Message);
