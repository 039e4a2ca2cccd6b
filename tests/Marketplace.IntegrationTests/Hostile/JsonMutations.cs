using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// Hostile variants of a valid JSON body, one member changed at a time: missing, null, of the wrong type,
/// out of range, at the edge of time, with control characters, or merely odd (empty, negative, fractional).
/// </summary>
internal static partial class JsonMutations
{
    /// <summary>
    /// Stands for half a surrogate pair, which a JSON writer would replace with U+FFFD; <see cref="Mutation.Json"/>
    /// writes it as the escape a hostile client sends.
    /// </summary>
    public const string LoneSurrogate = "HALF_OF_A_SURROGATE_PAIR";

    public static IEnumerable<Mutation> Of(JsonObject valid)
    {
        foreach (var (path, value) in Members(valid, string.Empty))
        {
            var isMember = !path.EndsWith(']');
            if (isMember)
            {
                yield return new(path, Harm.Missing, Changed(valid, path, remove: true, null));
            }

            yield return new(path, Harm.Null, Changed(valid, path, remove: false, null));
            foreach (var (harm, replacement) in Variants(value))
            {
                yield return new(path, harm, Changed(valid, path, remove: false, replacement));
            }
        }
    }

    private static IEnumerable<(Harm, JsonNode)> Variants(JsonNode value)
    {
        switch (value)
        {
            case JsonValue text when text.TryGetValue<string>(out var s):
                yield return (Harm.WrongType, 12345);
                yield return (Harm.WrongType, new JsonArray());
                yield return (Harm.ControlCharacter, s + "\u0000");
                yield return (Harm.ControlCharacter, "\u0007" + s);
                yield return (Harm.ControlCharacter, s + LoneSurrogate);
                yield return (Harm.ControlCharacter, "\u202E" + s);
                yield return (Harm.ControlCharacter, "\u200B\u200B");
                yield return (Harm.OutOfRange, new string('x', 10_000));
                yield return (Harm.Odd, string.Empty);
                foreach (var edge in Edges(s))
                {
                    yield return (Harm.OutOfRange, edge);
                }

                break;
            case JsonValue number when number.TryGetValue<double>(out _):
                yield return (Harm.WrongType, "12");
                yield return (Harm.WrongType, true);
                yield return (Harm.OutOfRange, 1e30);
                yield return (Harm.OutOfRange, -1e30);
                yield return (Harm.OutOfRange, 2147483648);
                yield return (Harm.Odd, 0.5);
                yield return (Harm.Odd, -1);
                yield return (Harm.Odd, 0);
                break;
            case JsonValue flag when flag.TryGetValue<bool>(out _):
                yield return (Harm.WrongType, "yes");
                yield return (Harm.WrongType, 1);
                break;
            case JsonObject:
                yield return (Harm.WrongType, "x");
                yield return (Harm.WrongType, new JsonArray());
                yield return (Harm.Odd, new JsonObject());
                break;
            case JsonArray array:
                yield return (Harm.WrongType, "x");
                yield return (Harm.WrongType, new JsonObject());
                yield return (Harm.Odd, new JsonArray());
                if (array.Count > 0)
                {
                    yield return (Harm.OutOfRange, new JsonArray([.. Enumerable.Range(0, 500).Select(_ => array[0]?.DeepClone())]));
                }

                break;
        }
    }

    /// <summary>Values that look like the original's kind but lie beyond what it can mean.</summary>
    private static IEnumerable<string> Edges(string s)
    {
        if (Date().IsMatch(s))
        {
            yield return "9999-12-31";
            yield return "0001-01-01";
            yield return "2026-02-30";
        }
        else if (Instant().IsMatch(s))
        {
            yield return s[..19];
            yield return "9999-12-31T23:59:59+14:00";
            yield return "0001-01-01T00:00:00+08:00";
        }
        else if (Time().IsMatch(s))
        {
            yield return "25:00";
            yield return "9";
        }
        else if (Guid.TryParse(s, out _))
        {
            yield return "not-an-id";
            yield return Guid.Empty.ToString();
        }
    }

    private static IEnumerable<(string Path, JsonNode Value)> Members(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var inner = path.Length == 0 ? name : $"{path}.{name}";
                    if (value is null)
                    {
                        continue;
                    }

                    yield return (inner, value);
                    foreach (var deeper in Members(value, inner))
                    {
                        yield return deeper;
                    }
                }

                break;
            case JsonArray array when array.Count > 0 && array[0] is { } first:
                yield return ($"{path}[0]", first);
                foreach (var deeper in Members(first, $"{path}[0]"))
                {
                    yield return deeper;
                }

                break;
        }
    }

    private static JsonObject Changed(JsonObject valid, string path, bool remove, JsonNode? replacement)
    {
        var root = valid.DeepClone().AsObject();
        var segments = Segment().Matches(path).Select(m => m.Value).ToList();
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = segment.StartsWith('[') ? parent[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[segment]!;
        }

        var last = segments[^1];
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = replacement?.DeepClone();
        }
        else if (remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = replacement?.DeepClone();
        }

        return root;
    }

    [GeneratedRegex(@"[^.\[]+|\[\d+\]")]
    private static partial Regex Segment();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex Instant();

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex Time();
}

/// <summary>How a member was made hostile; it decides what the answer must be.</summary>
internal enum Harm
{
    /// <summary>Left out: a required member must be named in a 400; an optional one may be left out.</summary>
    Missing,

    /// <summary>Null: as <see cref="Missing"/>, for members that may not be null.</summary>
    Null,

    /// <summary>A value of another JSON type: always a 400 naming the member.</summary>
    WrongType,

    /// <summary>Beyond any sensible value (1e30, 10,000 characters, year 9999, 25:00, an instant without offset): always refused.</summary>
    OutOfRange,

    /// <summary>Text a database cannot keep: always a 400 naming the member.</summary>
    ControlCharacter,

    /// <summary>Odd but possibly fine (empty, zero, negative, a fraction): never a 500.</summary>
    Odd,
}

internal sealed record Mutation(string Path, Harm Harm, JsonObject Body)
{
    public string Json => Body.ToJsonString().Replace(JsonMutations.LoneSurrogate, "\\ud800", StringComparison.Ordinal);
}
