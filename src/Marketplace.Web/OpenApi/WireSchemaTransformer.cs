using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Says what System.Text.Json's schemas leave unsaid about our wire: an enum is a string of its names (the
/// exporter lists the names but no type), an instant is a string even though our own converter reads it (the
/// exporter knows nothing of a custom converter's output), and every problem carries its <c>traceId</c>.
/// </summary>
internal sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        if (underlying.IsEnum && schema.Enum is { Count: > 0 } names)
        {
            // An enum is one shared component of its names; a member that may be null says so itself, as
            // oneOf [null, the enum], which a null among the names would make ambiguous.
            schema.Enum = names.Where(name => name is not null).ToList();
            schema.Type = JsonSchemaType.String;
        }
        else if (underlying == typeof(DateTimeOffset))
        {
            // RFC 3339's date-time always has its offset, as our instants must (see Requests/Instants.cs).
            schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
            schema.Format = "date-time";
        }
        else if (Discriminator(context.JsonTypeInfo) is { } discriminator)
        {
            // Each shape of a polymorphic body is chosen by its discriminator, which the API therefore requires.
            schema.Type ??= JsonSchemaType.Object;
            schema.Required ??= new HashSet<string>();
            schema.Required.Add(discriminator);
        }
        else if (typeof(ProblemDetails).IsAssignableFrom(type) && schema.Properties is { } properties)
        {
            // ErrorHandlingSetup adds it to every problem, so a report can be matched with the server's log.
            properties.TryAdd("traceId", new OpenApiSchema { Type = JsonSchemaType.String });
        }

        return Task.CompletedTask;
    }

    /// <summary>The discriminator (<c>kind</c>) naming this type, when it is one shape of a polymorphic base.</summary>
    private static string? Discriminator(JsonTypeInfo info) =>
        info.Type.BaseType is { } baseType && baseType != typeof(object)
        && info.Options.GetTypeInfo(baseType).PolymorphismOptions is { } polymorphism
        && polymorphism.DerivedTypes.Any(derived => derived.DerivedType == info.Type)
            ? polymorphism.TypeDiscriminatorPropertyName
            : null;
}
