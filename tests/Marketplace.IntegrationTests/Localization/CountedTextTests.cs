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

    [Fact]
    public void EveryEnglishTextThatCountsANoun_IsACountedPair()
    {
        var english = Texts("SharedResource.en.resx");
        var uncounted = english
            .Where(text => !text.Key.EndsWith(CountedTexts.Other, StringComparison.Ordinal) && !NeverOne.Contains(text.Key))
            .Where(text => CountBeforeWords().Matches(text.Value).Any(count => count.Groups["words"].Value.Split(' ').Any(IsPlural)))
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

    private static bool IsPlural(string word) =>
        word is "people" or "children" || word.EndsWith("(s)", StringComparison.Ordinal) || (word.EndsWith('s') && word is not ("is" or "has" or "was" or "its" or "this" or "as" or "us"));

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);

    /// <summary>A plain placeholder (not a formatted amount or date) and the one or two words after it.</summary>
    [GeneratedRegex(@"\{\d+\}\s+(?<words>[a-z()]+(?: [a-z()]+)?)")]
    private static partial Regex CountBeforeWords();

    [GeneratedRegex(@"\b1 (hours|caregivers|visits|weeks|results|services|bookings|providers|slots|minutes|people)\b")]
    private static partial Regex OneWithPlural();
}
