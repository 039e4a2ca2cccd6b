using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Marketplace.TestSupport;

/// <summary>
/// Checks real answers of the API against the OpenAPI document the app serves, as a client generated from it would read
/// them: the status is declared for the operation, the media type is one it declares, a JSON body is valid against the
/// declared schema (JSON Schema 2020-12, which OpenAPI 3.1 uses), a 201 says its Location, and an answer declared
/// without a body has none. Remembers which operations answered, so a suite can say which it never reached.
/// </summary>
public sealed class OpenApiConformance
{
    private static readonly Uri DocumentUri = new("https://peduli.test/openapi/v1.json");
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly JsonObject _document;
    // A pass or fail is all most answers need (Flag stops at the first error); a failing one is evaluated again for its details.
    private readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.Flag };
    private readonly EvaluationOptions _detailed = new() { OutputFormat = OutputFormat.List };
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly List<(string[] Segments, string Template)> _templates;

    public OpenApiConformance(JsonObject document)
    {
        _document = document;
        _options.SchemaRegistry.Register(DocumentUri, new JsonNodeBaseDocument(document, DocumentUri));
        _detailed.SchemaRegistry.Register(DocumentUri, new JsonNodeBaseDocument(document, DocumentUri));

        // A literal segment is a better match than a parameter: /bookings/me before /bookings/{id}.
        _templates = [.. document["paths"]!.AsObject().Select(path => (Segments: path.Key.Trim('/').Split('/'), Template: path.Key))
            .OrderBy(path => path.Segments.Count(segment => segment.StartsWith('{')))];
    }

    /// <summary>Each operation (<c>get /api/v1/bookings/{id}</c>) with the statuses it answered.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<int>> Answered { get; } = new();

    /// <summary>Every operation of the document, as <c>get /api/v1/bookings/{id}</c>.</summary>
    public IEnumerable<string> Operations => _document["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject().Where(member => Methods.Contains(member.Key)).Select(member => $"{member.Key} {path.Key}"));

    /// <summary>
    /// How <paramref name="response"/> to <paramref name="method"/> <paramref name="path"/> differs from the document;
    /// empty when it conforms, or when the document has no such operation (a page, an unknown path, a method the
    /// router refuses): which operations are reached at all is <see cref="Answered"/>'s business.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string method, string path, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var name = $"{method} {path} {status}";
        if (Template(path) is not { } template || _document["paths"]![template]![method.ToLowerInvariant()] is not JsonObject operation)
        {
            return [];
        }

        var operationName = $"{method.ToLowerInvariant()} {template}";
        var body = await BodyAsync(response.Content);
        Answered.GetOrAdd(operationName, _ => []).Add(status);
        var statusKey = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation["responses"]?[statusKey] is not JsonObject declared)
        {
            return [$"{name}: {operationName} declares no {status} (it declares {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))})"];
        }

        var faults = new List<string>();
        if (status == 201 && response.Headers.Location is null)
        {
            faults.Add($"{name}: a 201 without its Location");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (declared["content"] is not JsonObject content || content.Count == 0)
        {
            if (body.Length > 0)
            {
                faults.Add($"{name}: declared without a body, answered {mediaType} ({body.Length} characters)");
            }

            return faults;
        }

        if (mediaType is null || !content.ContainsKey(mediaType))
        {
            faults.Add($"{name}: answered {mediaType ?? "no media type"}, declared {string.Join(", ", content.Select(c => c.Key))}");
            return faults;
        }

        if (mediaType.EndsWith("json", StringComparison.Ordinal) && content[mediaType]?["schema"] is not null)
        {
            var pointer = $"/paths/{Escape(template)}/{method.ToLowerInvariant()}/responses/{statusKey}/content/{Escape(mediaType)}/schema";
            faults.AddRange(Validate(pointer, body).Select(fault => $"{name}: {fault}"));
        }

        return faults;
    }

    /// <summary>The body as text, decompressed when the answer was compressed for a client that accepts it.</summary>
    private static async Task<string> BodyAsync(HttpContent content)
    {
        var bytes = await content.ReadAsByteArrayAsync();
        Stream? decompressing = content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => null,
        };
        if (decompressing is null)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        await using (decompressing)
        {
            using var reader = new StreamReader(decompressing);
            return await reader.ReadToEndAsync();
        }
    }

    private IEnumerable<string> Validate(string pointer, string body)
    {
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            return [$"the body is not JSON: {exception.Message}"];
        }

        var schema = _schemas.GetOrAdd(pointer, key => JsonSchema.FromText($$"""{"$ref": "{{DocumentUri}}#{{Fragment(key)}}"}"""));
        if (schema.Evaluate(instance, _options).IsValid)
        {
            return [];
        }

        return schema.Evaluate(instance, _detailed).Details.Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Value}"))
                .Take(8)
                .DefaultIfEmpty("invalid against the declared schema");
    }

    private string? Template(string path)
    {
        var segments = path.Trim('/').Split('/');
        return _templates.FirstOrDefault(template => template.Segments.Length == segments.Length
            && template.Segments.Zip(segments).All(pair => pair.First.StartsWith('{') || string.Equals(pair.First, pair.Second, StringComparison.Ordinal))).Template;
    }

    /// <summary>A JSON pointer as a URI fragment: each token percent-encoded (a path's braces, a media type's <c>*</c>).</summary>
    private static string Fragment(string pointer) => string.Join('/', pointer.Split('/').Select(Uri.EscapeDataString));

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
