using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Api;

public sealed class TaxonomyTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("id", "Perawatan demensia")]
    [InlineData("en", "Dementia care")]
    public async Task Skills_AreNamedInTheCallersLanguage(string language, string dementiaCare)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var skills = await (await client.GetAsync("/api/v1/skills")).ReadJsonAsync();

        var dementia = skills.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "dementia-care");
        Assert.Equal(dementiaCare, dementia.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Languages_IncludeTheRegionalLanguagesOfSouthSulawesi()
    {
        var languages = await (await app.CreateClient().GetAsync("/api/v1/languages")).ReadJsonAsync();

        var slugs = languages.EnumerateArray().Select(l => l.GetProperty("slug").GetString()).ToList();
        Assert.Contains("bug", slugs);
        Assert.Contains("mak", slugs);
    }
}
