using System.Text.Json.Nodes;

namespace Marketplace.IntegrationTests.Search.Elasticsearch;

internal static class JsonAssert
{
    /// <summary>Equal as JSON (property order and spacing aside); on failure both are shown.</summary>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var want = JsonNode.Parse(expected);
        var got = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(want, got), $"Expected:\n{want!.ToJsonString()}\nActual:\n{got!.ToJsonString()}");
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
}
