using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marketplace.Application;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// Every message a user can be refused with is written once, in English, in Application or Infrastructure,
/// and translated at the boundary. This finds each one in the source (a sentence in a string literal, or an
/// interpolation of constants) and fails for any without its Indonesian and English text.
/// </summary>
public sealed partial class RefusalTranslationTests
{
    private static readonly string[] Folders = ["src/Marketplace.Application", "src/Marketplace.Infrastructure"];

    // Emails are written whole in both languages (issue #15 moves them into templates); developer-facing
    // exceptions and log lines are not shown to users.
    private static readonly string[] NotShown = ["Notifications/", "Migrations/", "Seeding/"];

    [Fact]
    public void EveryRefusalMessage_HasBothTranslations()
    {
        var indonesian = Texts("SharedResource.resx");
        var english = Texts("SharedResource.en.resx");
        var untranslated = Messages().Where(message => !indonesian.ContainsKey(message) || !english.ContainsKey(message)).Distinct().Order().ToList();

        Assert.True(untranslated.Count == 0, "Add these to both resource files (tools/dev/add-text.py):\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void EveryKindOfThingNotFound_IsNamedInBothLanguages()
    {
        var indonesian = Texts("SharedResource.resx");
        var english = Texts("SharedResource.en.resx");
        var resources = Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => NotFound().Matches(File.ReadAllText(file)).Select(match => "NotFound." + match.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(resources);
        Assert.All(resources, key => Assert.True(indonesian.ContainsKey(key) && english.ContainsKey(key), $"{key} is missing"));
    }

    [Fact]
    public void TheScan_FindsTheMessagesItIsAbout()
    {
        var messages = Messages().ToList();

        Assert.Contains("'{PropertyName}' must be a phone number such as +62 811 4000 123.", messages);
        Assert.Contains("'{PropertyName}' must be family, caregiver or enterprise.", messages);

        Assert.Contains("Only a request waiting for an answer can be accepted.", messages);
        Assert.Contains("'{PropertyValue}' is not a known skill; see /api/v1/skills.", messages);
        Assert.Contains("Choose at most 15 skills.", messages);
        Assert.Contains("This slot is full; choose another time.", messages);
    }

    /// <summary>The user-facing sentences of the source, with interpolated constants filled in.</summary>
    private static IEnumerable<string> Messages()
    {
        foreach (var folder in Folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                .Where(f => !NotShown.Any(part => f.Replace('\\', '/').Contains(part, StringComparison.Ordinal))))
            {
                var source = File.ReadAllText(file);
                foreach (var literal in CSharpLiterals.Of(source).Where(l => IsShownToUsers(LineOf(source, l.Start))))
                {
                    var text = Resolve(literal.Interpolated, literal.Text);
                    if (Sentence().IsMatch(text))
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private static string LineOf(string source, int at)
    {
        var start = source.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = source.IndexOf('\n', at);
        return source[start..(end < 0 ? source.Length : end)];
    }

    private static bool IsShownToUsers(string line) =>
        !line.Contains("LoggerMessage", StringComparison.Ordinal)
        && !line.Contains("Justification", StringComparison.Ordinal)
        && (!line.Contains("Exception(", StringComparison.Ordinal)
            || line.Contains("BusinessRuleException(", StringComparison.Ordinal)
            || line.Contains("ForbiddenException(", StringComparison.Ordinal));

    /// <summary>The literal as the program sees it: escapes undone and <c>{Type.Constant}</c> holes filled.</summary>
    private static string Resolve(bool interpolated, string text)
    {
        text = Escape().Replace(text, escape => escape.Value[1] switch
        {
            'n' => "\n",
            't' => "\t",
            'u' => ((char)Convert.ToInt32(escape.Value[2..], 16)).ToString(),
            var c => c.ToString(),
        });
        if (!interpolated)
        {
            return text;
        }

        return Hole().Replace(text.Replace("{{", "\u0001", StringComparison.Ordinal).Replace("}}", "\u0002", StringComparison.Ordinal), hole =>
        {
            var type = typeof(IApplicationMarker).Assembly.GetTypes().SingleOrDefault(t => t.Name == hole.Groups["type"].Value);
            var field = type?.GetField(hole.Groups["member"].Value, BindingFlags.Public | BindingFlags.Static);

            // A hole that is no constant stays as written: such a message can never match a translation, so it fails.
            return field is null ? hole.Value : Convert.ToString(field.GetValue(null), System.Globalization.CultureInfo.InvariantCulture)!;
        }).Replace("\u0001", "{", StringComparison.Ordinal).Replace("\u0002", "}", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Texts(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
    }

    // A sentence shown to a person: starts with a capital or a quoted placeholder, has words, ends with a stop.
    [GeneratedRegex(@"^['A-Z].* .*[.!?]$")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\{(?<type>[A-Za-z]+)\.(?<member>[A-Za-z]+)\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\\(u[0-9a-fA-F]{4}|.)")]
    private static partial Regex Escape();

    [GeneratedRegex(@"new NotFoundException\(""(\w+)""")]
    private static partial Regex NotFound();
}
