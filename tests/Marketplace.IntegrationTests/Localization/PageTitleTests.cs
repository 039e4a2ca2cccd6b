using System.Net;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Security;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// Every page says what it is in its title (WCAG 2.4.2): each page of the authorization matrix, read by a user it
/// shows to, is titled "{page} · Peduli", and no two kinds of page share a title. (Downloads are not pages.)
/// </summary>
public sealed partial class PageTitleTests(MatrixApp<SqliteAppFactory> fixture) : IClassFixture<MatrixApp<SqliteAppFactory>>
{
    [Fact]
    public async Task EveryPage_HasATitleOfItsOwn()
    {
        var world = fixture.World;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in PageMatrixRows.Rows().Where(row => row is { OnPages: true, Method: "GET" }))
        {
            var reader = Enum.GetValues<Who>().FirstOrDefault(who => row.For(who).Status == 200, (Who)(-1));
            if (reader == (Who)(-1))
            {
                continue;
            }

            using var response = await world.Pages(reader).GetAsync(row.Url(world));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            titles[row.Template] = WebUtility.HtmlDecode(Title().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value.Trim());
        }

        Assert.True(titles.Count > 20, $"only {titles.Count} pages were read");
        Assert.Empty(titles.Where(t => !t.Value.EndsWith(" · Peduli", StringComparison.Ordinal)).Select(t => $"{t.Key}: '{t.Value}'"));
        Assert.Empty(titles.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"'{g.Key}': {string.Join(", ", g.Select(t => t.Key))}"));
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
