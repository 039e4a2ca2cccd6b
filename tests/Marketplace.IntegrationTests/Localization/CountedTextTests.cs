using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marketplace.TestSupport;
using Marketplace.Web;
using Marketplace.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// A count is written in the number it needs: "1 hour" and "2 hours" in English, "1 jam" and "2 jam" in
/// Indonesian. An English text that puts a plain count before a plural noun ("{0} caregivers found") is a
/// counted pair (<c>key.One</c>, <c>key.Other</c>, see <see cref="CountedTexts"/>); a page never says "1 hours".
/// </summary>
public sealed partial class CountedTextTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>Texts whose count is never one: a range's upper end, and a length limit of at least dozens.</summary>
    private static readonly HashSet<string> NeverOne = ["Listing.AgeRange", "Validation.MaxLength"];

    private static readonly HashSet<string> CountedNouns =
    [
        "bookings", "caregivers", "certificates", "characters", "days", "enterprises", "families", "hours", "listings", "minutes",
        "months", "people", "places", "providers", "results", "services", "slots", "stops", "visits", "weeks", "years",
    ];

    [Fact]
    public void EveryEnglishTextThatCountsANoun_IsACountedPair()
    {
        var english = Texts("SharedResource.en.resx");
        var uncounted = english
            .Where(text => !text.Key.EndsWith(CountedTexts.Other, StringComparison.Ordinal) && !NeverOne.Contains(text.Key))
            .Where(text => CountBeforeWords().Matches(text.Value).Any(count => IsPlural(count.Groups["word"].Value)))
            .Select(text => $"{text.Key}: {text.Value}");

        Assert.True(!uncounted.Any(), "Counts written without a singular: " + string.Join(" | ", uncounted));
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void EveryCountedText_HasBothForms(string file)
    {
        var keys = Texts(file).Keys.ToHashSet(StringComparer.Ordinal);
        var counted = keys.Where(key => key.EndsWith(CountedTexts.One, StringComparison.Ordinal) || key.EndsWith(CountedTexts.Other, StringComparison.Ordinal))
            .Select(key => key[..key.LastIndexOf('.')]).Distinct().ToList();

        Assert.NotEmpty(counted);
        Assert.All(counted, key =>
        {
            Assert.Contains(key + CountedTexts.One, keys);
            Assert.Contains(key + CountedTexts.Other, keys);
        });
    }

    [Theory]
    [InlineData("en", 0, "0 caregivers found")]
    [InlineData("en", 1, "1 caregiver found")]
    [InlineData("en", 2, "2 caregivers found")]
    [InlineData("id", 1, "1 pendamping ditemukan")]
    [InlineData("id", 5, "5 pendamping ditemukan")]
    public void ACount_ChoosesItsFormByTheReadersLanguage(string language, int count, string expected)
    {
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            Assert.Equal(expected, text.Count("Search.Found", count).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task TheSearchPage_OffersAOneHourVisitInTheSingular()
    {
        var html = await app.CreateClient().GetStringAsync("/search?culture=en");

        Assert.Contains(">1 hour</option>", html, StringComparison.Ordinal);
        Assert.Contains(">2 hours</option>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(OneWithPlural(), html);
    }

    /// <summary>
    /// A plural noun, or a "(s)" that stands in for one. A placeholder may also be a name ("Until {0} accepts"), so
    /// a word ending in s counts only when it is one of the things the pages count.
    /// </summary>
    private static bool IsPlural(string word) =>
        word.EndsWith("(s)", StringComparison.Ordinal) || CountedNouns.Contains(word);

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);

    /// <summary>A plain placeholder (not a formatted amount or date) and the noun after it.</summary>
    [GeneratedRegex(@"\{\d+\}\s+(?:verified |social )?(?<word>[a-z()]+)")]
    private static partial Regex CountBeforeWords();

    [GeneratedRegex(@"\b1 (hours|caregivers|visits|weeks|results|services|bookings|providers|slots|minutes|people)\b")]
    private static partial Regex OneWithPlural();
}
