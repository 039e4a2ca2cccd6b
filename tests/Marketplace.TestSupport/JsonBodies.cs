using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.TestSupport;

/// <summary>Valid bodies with one part changed, for tests that show how each wrong part is answered.</summary>
public static class JsonBodies
{
    /// <summary>
    /// <paramref name="body"/> (an object, or its JSON) with the members of <paramref name="members"/> (JSON
    /// members without braces, e.g. <c>"home":null</c>) put in place of its own. The API refuses duplicate
    /// members, so a change replaces rather than repeats.
    /// </summary>
    public static string With(object body, string members)
    {
        var json = body as string ?? JsonSerializer.Serialize(body, JsonSerializerOptions.Web);
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse("{" + members + "}")!.AsObject().ToList())
        {
            node[name] = value?.DeepClone();
        }

        return node.ToJsonString();
    }
}
