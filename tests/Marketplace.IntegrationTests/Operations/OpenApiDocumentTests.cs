using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace Marketplace.IntegrationTests.Operations;

/// <summary>
/// The OpenAPI document says what the wire does, checked over the whole document against the options the
/// controllers read and write JSON with: numbers are JSON numbers, enums the camelCase names, instants strings,
/// each body requires and allows null where the API does, and answers are declared in the media type written.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] NumberFormats = ["int32", "int64", "float", "double", "decimal"];
    private static readonly string[] TextFormats = ["date-time", "date", "time", "uuid"];

    private JsonSerializerOptions Wire => app.Services.GetRequiredService<IOptions<MvcJsonOptions>>().Value.JsonSerializerOptions;

    [Fact]
    public async Task NoSchema_AllowsANumberAsAString()
    {
        var offenders = Schemas(await DocumentAsync())
            .Where(schema => Types(schema.Node) is var types && types.Contains("string")
                && (types.Contains("integer") || types.Contains("number") || NumberFormats.Contains(Text(schema.Node["format"]))))
            .Select(schema => schema.Path);

        None(offenders);
    }

    [Fact]
    public async Task EveryInstantDateTimeAndId_IsAString()
    {
        var offenders = Schemas(await DocumentAsync())
            .Where(schema => TextFormats.Contains(Text(schema.Node["format"])) && Types(schema.Node).Except(["null"]).SingleOrDefault() != "string")
            .Select(schema => schema.Path);

        None(offenders);
    }

    [Fact]
    public async Task EveryEnum_IsAStringOfTheCamelCaseNamesTheApiReadsAndWrites()
    {
        var document = await DocumentAsync();
        var enums = WireTypes().Where(type => type.IsEnum).ToDictionary(type => type, Names);
        var discriminators = WireTypes().SelectMany(type => type.GetCustomAttributes<JsonDerivedTypeAttribute>())
            .Select(derived => derived.TypeDiscriminator?.ToString()).ToHashSet();
        var faults = new List<string>();

        // The health answers speak ASP.NET Core's health-check names (Healthy, Degraded, Unhealthy), as monitors expect.
        foreach (var (path, schema) in Schemas(document).Where(schema => schema.Node["enum"] is JsonArray && !schema.Path.Contains(".HealthAnswer.", StringComparison.Ordinal)))
        {
            var values = schema["enum"]!.AsArray().Where(value => value is not null).Select(Text).ToList();
            if (Types(schema).Except(["null"]).SingleOrDefault() != "string")
            {
                faults.Add($"{path} is typed [{string.Join(", ", Types(schema))}], not string");
            }

            if (!enums.Values.Any(names => names.SequenceEqual(values)) && !values.All(discriminators.Contains))
            {
                faults.Add($"{path} lists [{string.Join(", ", values)}], the names of no enum the API reads");
            }
        }

        foreach (var (type, names) in enums)
        {
            // A component made from a nullable use (an optional query value) lists null too.
            var listed = document["components"]?["schemas"]?[type.Name]?["enum"]?.AsArray().Where(value => value is not null).Select(Text);
            if (listed is null || !listed.SequenceEqual(names))
            {
                faults.Add($"components.schemas.{type.Name} should list [{string.Join(", ", names)}]");
            }
        }

        None(faults);
    }

    [Fact]
    public async Task BookingStatus_ListsItsNames()
    {
        var status = (await DocumentAsync())["components"]!["schemas"]!["BookingStatus"]!;

        Assert.Equal("string", Text(status["type"]));
        Assert.Equal(["requested", "accepted", "confirmed", "declined", "expired", "inProgress", "completed", "cancelled"], status["enum"]!.AsArray().Select(Text));
    }

    [Fact]
    public async Task EveryJsonBody_RequiresAndAllowsNullWhereTheApiDoes()
    {
        var document = await DocumentAsync();
        var faults = new List<string>();
        var seen = new HashSet<Type>();

        foreach (var body in ApiDescriptions().SelectMany(api => api.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => (Api: api, p.Type))))
        {
            var operation = document["paths"]!["/" + body.Api.RelativePath]![body.Api.HttpMethod!.ToLowerInvariant()]!;
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
            {
                faults.Add($"{body.Type.Name}: the body is not described as application/json");
                continue;
            }

            CompareBody(document, schema, body.Type, body.Type.Name, seen, faults);
        }

        Assert.Contains(typeof(Marketplace.Web.Api.HomeCareBookingBody), seen);
        None(faults);
    }

    [Fact]
    public async Task TheBookingBody_NamesItsShapeByKind()
    {
        var document = await DocumentAsync();
        var body = document["components"]!["schemas"]!["BookingRequestBody"]!;

        Assert.Equal("kind", Text(body["discriminator"]!["propertyName"]));
        Assert.Equal(["daycare", "homeCare", "mobileClinic"], body["discriminator"]!["mapping"]!.AsObject().Select(entry => entry.Key).Order());
        Assert.Contains("kind", body["required"]!.AsArray().Select(Text));
        Assert.All(body["discriminator"]!["mapping"]!.AsObject(), shape => Assert.Contains("kind", Resolve(document, shape.Value!)["required"]!.AsArray().Select(Text)));
        var homeCare = Resolve(document, body["discriminator"]!["mapping"]!["homeCare"]!)["properties"]!;
        Assert.Equal(["string"], Types(homeCare["start"]!.AsObject()));
        Assert.Equal(["integer"], Types(homeCare["hours"]!.AsObject()));
    }

    [Fact]
    public async Task AnInstantThatMayBeMissing_IsANullableString()
    {
        var checkedInAt = (await DocumentAsync())["components"]!["schemas"]!["VisitView"]!["properties"]!["checkedInAt"]!.AsObject();

        Assert.Equal(["null", "string"], Types(checkedInAt).Order());
        Assert.Equal("date-time", Text(checkedInAt["format"]));
    }

    [Fact]
    public async Task EveryAnswer_IsDeclaredInTheMediaTypeItIsWrittenIn()
    {
        // The health endpoints answer 503 with their health report, not a problem, as load balancers expect.
        var operations = (await DocumentAsync())["paths"]!.AsObject().Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Name: $"{operation.Key} {path.Key}", Responses: operation.Value!["responses"]!.AsObject())))
            .ToList();
        var answers = operations.SelectMany(operation => operation.Responses.Select(response =>
            (Name: $"{operation.Name} {response.Key}", Failure: response.Key[0] is '4' or '5', Media: (response.Value!["content"]?.AsObject() ?? []).Select(media => media.Key).ToList())));

        None(operations.Where(operation => !operation.Responses.Any(response => response.Key.StartsWith('2'))).Select(operation => operation.Name));
        None(answers.Where(answer => answer.Failure && answer.Media.Count > 0 && !answer.Media.SequenceEqual(["application/problem+json"])).Select(answer => answer.Name));
        None(answers.Where(answer => answer.Media.Contains("text/plain")).Select(answer => answer.Name));
    }

    /// <summary>Fails naming every fault, where Assert.Empty would show the first few.</summary>
    private static void None(IEnumerable<string> faults)
    {
        var all = faults.ToList();
        Assert.True(all.Count == 0, string.Join(Environment.NewLine, all));
    }

    private async Task<JsonObject> DocumentAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Every object in the document holding a schema keyword (type, enum, format), with its JSON path.</summary>
    private static IEnumerable<(string Path, JsonObject Node)> Schemas(JsonNode? node, string path = "$") => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue or JsonArray || obj["enum"] is JsonArray || obj["format"] is JsonValue ? [(path, obj)] : Enumerable.Empty<(string, JsonObject)>())
            .Concat(obj.SelectMany(member => Schemas(member.Value, $"{path}.{member.Key}"))),
        JsonArray array => array.SelectMany((item, index) => Schemas(item, $"{path}[{index}]")),
        _ => [],
    };

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => many.Select(type => Text(type) ?? string.Empty).ToList(),
        JsonValue one when Text(one) is { } type => [type],
        _ => [],
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private List<string?> Names(Type type) =>
        Enum.GetValues(type).Cast<object>().Select(value => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, type, Wire))).ToList();

    private IEnumerable<ApiDescription> ApiDescriptions() =>
        app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(api => api.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);

    /// <summary>Every type the API's JSON reads or writes (bodies, answers, enums in query strings), through members, items and shapes.</summary>
    private HashSet<Type> WireTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(ApiDescriptions()
            .SelectMany(api => api.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Body || (Nullable.GetUnderlyingType(p.Type) ?? p.Type).IsEnum).Select(p => p.Type)
                .Concat(api.SupportedResponseTypes.Select(r => r.Type)))
            .OfType<Type>().Where(type => type != typeof(void)));
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(object) || !found.Add(type))
            {
                continue;
            }

            var info = Wire.GetTypeInfo(type);
            IEnumerable<Type> next = info.Kind switch
            {
                JsonTypeInfoKind.Object => info.Properties.Select(p => p.PropertyType).Concat(info.PolymorphismOptions?.DerivedTypes.Select(d => d.DerivedType) ?? []),
                JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary => [info.ElementType!],
                _ => [],
            };
            foreach (var member in next)
            {
                pending.Push(member);
            }
        }

        return found;
    }

    /// <summary>Walks a body's schema beside the contract the API checks it against (see Requests/JsonBodyCheck.cs).</summary>
    private void CompareBody(JsonObject document, JsonNode schema, Type type, string path, HashSet<Type> seen, List<string> faults)
    {
        schema = Resolve(document, NonNull(schema));
        var info = Wire.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            CompareBody(document, schema["items"] ?? new JsonObject(), info.ElementType!, path + "[]", seen, faults);
            return;
        }

        if (info.Kind != JsonTypeInfoKind.Object || !seen.Add(info.Type))
        {
            return;
        }

        if (info.PolymorphismOptions is { } polymorphism)
        {
            if (Text(schema["discriminator"]?["propertyName"]) != polymorphism.TypeDiscriminatorPropertyName)
            {
                faults.Add($"{path}: no discriminator {polymorphism.TypeDiscriminatorPropertyName}");
            }

            foreach (var derived in polymorphism.DerivedTypes)
            {
                var name = derived.TypeDiscriminator?.ToString() ?? string.Empty;
                if (schema["discriminator"]?["mapping"]?[name] is { } shape)
                {
                    CompareBody(document, shape, derived.DerivedType, $"{path}({name})", seen, faults);
                }
                else
                {
                    faults.Add($"{path}: no shape for {polymorphism.TypeDiscriminatorPropertyName} {name}");
                }
            }

            return;
        }

        var required = (schema["required"]?.AsArray() ?? []).Select(Text).ToHashSet();
        foreach (var property in info.Properties)
        {
            var at = $"{path}.{property.Name}";
            if (schema["properties"]?[property.Name] is not { } member)
            {
                faults.Add($"{at}: missing from the document");
                continue;
            }

            if (required.Contains(property.Name) != property.IsRequired)
            {
                faults.Add($"{at}: the API {(property.IsRequired ? "requires" : "does not require")} it, the document does not say so");
            }

            if (AllowsNull(document, member) != property.IsSetNullable)
            {
                faults.Add($"{at}: the API {(property.IsSetNullable ? "accepts" : "refuses")} null, the document does not say so");
            }

            CompareBody(document, member, property.PropertyType, at, seen, faults);
        }
    }

    /// <summary>The schema a <c>$ref</c> points to; a discriminator's mapping is the bare reference.</summary>
    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        (schema is JsonValue ? Text(schema) : Text(schema["$ref"])) is { } reference
            ? document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!
            : schema;

    private static bool AllowsNull(JsonObject document, JsonNode schema) =>
        Types(Resolve(document, schema).AsObject()).Contains("null")
        || (schema["oneOf"] ?? schema["anyOf"])?.AsArray().Any(option => Text(option?["type"]) == "null") == true;

    private static JsonNode NonNull(JsonNode schema) =>
        schema is JsonValue ? schema : (schema["oneOf"] ?? schema["anyOf"])?.AsArray().FirstOrDefault(option => Text(option?["type"]) != "null") ?? schema;
}
