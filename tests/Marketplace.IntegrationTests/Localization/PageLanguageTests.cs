using System.Xml.Linq;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Localization;

public sealed class PageLanguageTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TheHomePage_SpeaksBahasaIndonesiaByDefault_EvenToAnEnglishBrowser()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("Perawatan yang bisa dipercaya", html, StringComparison.Ordinal);
        Assert.Contains("WITA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePage_SpeaksEnglishWhenChosen()
    {
        var html = await app.CreateClient().GetStringAsync("/?culture=en");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Care you can trust", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingPage_GetsTheFriendlyPageWithStatus404()
    {
        var response = await app.CreateClient().GetAsync("/tidak-ada");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryUiText_IsWrittenInBothLanguages()
    {
        var indonesian = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");

        Assert.Empty(indonesian.Except(english));
        Assert.Empty(english.Except(indonesian));
    }

    /// <summary>
    /// A resource manager looks keys up ignoring case, and the build keeps only the first of two keys that differ by case
    /// alone ("NotFound.account" beside "NotFound.Account" once): each key is written once, in one spelling.
    /// </summary>
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void EveryUiTextKey_IsWrittenOnce_WhateverItsCase(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file);
        var keys = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        Assert.Empty(keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(same => same.Count() > 1).Select(same => string.Join(" = ", same)));
    }

    private static HashSet<string> Keys(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
    }
}
