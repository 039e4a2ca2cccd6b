using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

internal static class JsonAssert
{
    /// <summary>
    /// Equal as JSON that Elasticsearch reads the same: property order and spacing aside, and numbers compared by the
    /// value they denote (the client's source serializer writes a double with 17 significant digits, -5.1477 as
    /// -5.1477000000000004, which parses to the very same double). On failure both are shown.
    /// </summary>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var want = JsonNode.Parse(expected);
        var got = JsonNode.Parse(actual);
        Assert.True(Same(want, got), $"Expected:\n{want!.ToJsonString()}\nActual:\n{got!.ToJsonString()}");
    }

    /// <summary>An NDJSON body: one JSON value per line, each ending in a newline.</summary>
    public static void Lines(IReadOnlyList<string> expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.EndsWith("\n", actual, StringComparison.Ordinal);
        var lines = actual.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Equal(expected[i], lines[i]);
        }
    }

    private static bool Same(JsonNode? want, JsonNode? got) => (want, got) switch
    {
        (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(property => b.TryGetPropertyValue(property.Key, out var other) && Same(property.Value, other)),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second)),
        (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number => SameNumber(a, b),
        _ => JsonNode.DeepEquals(want, got),
    };

    private static bool SameNumber(JsonValue a, JsonValue b) =>
        long.TryParse(a.ToJsonString(), CultureInfo.InvariantCulture, out var x) && long.TryParse(b.ToJsonString(), CultureInfo.InvariantCulture, out var y)
            ? x == y
            : a.GetValue<double>() == b.GetValue<double>();
}
