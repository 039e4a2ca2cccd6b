using System.Globalization;
using System.Text;
using Marketplace.Application.Search;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Benchmarks;

/// <summary>
/// The fixed mix of caregiver searches: radius 5–25 km, 0–3 skills, a language, a price cap for a third,
/// a word for half, verified caregivers only (the API's default), from where people live. The engine
/// benchmark runs them as searches; the HTTP benchmark as a wrk script that cycles through them.
/// </summary>
internal static class SearchQueryMix
{
    private static readonly string[] Words = ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "sabar"];

    /// <summary>The mix as searches, for the engines; the same searches as <see cref="Paths"/> for the same <paramref name="random"/>.</summary>
    public static IReadOnlyList<CaregiverSearchQuery> Queries(int count, Random random)
    {
        var skills = Skills.All.Terms.Select(t => t.Slug).ToArray();
        var languages = Languages.All.Terms.Select(t => t.Slug).ToArray();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var point = SouthSulawesiSpread.Point(random);
            var radius = 5 + random.Next(21);
            var wanted = skills.OrderBy(_ => random.Next()).Take(random.Next(4)).ToList();
            var language = languages[random.Next(languages.Length)];
            long? maxRate = random.Next(3) == 0 ? 60_000 + (10_000 * random.Next(5)) : null;
            var text = random.Next(2) == 0 ? Words[random.Next(Words.Length)] : null;
            return new CaregiverSearchQuery(
                Math.Round(point.Latitude, 5), Math.Round(point.Longitude, 5), radius, wanted, [language], maxRate, VerifiedOnly: true, text,
                SearchSort.Distance, Page: 1, PageSize: 20);
        })];
    }

    /// <summary>The mix as API paths, for wrk.</summary>
    public static IReadOnlyList<string> Paths(int count, Random random) => [.. Queries(count, random).Select(PathOf)];

    private static string PathOf(CaregiverSearchQuery query)
    {
        var path = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/search/caregivers?lat={query.Lat:0.#####}&lon={query.Lon:0.#####}&radiusKm={query.RadiusKm}"));
        if (query.Skills.Count > 0)
        {
            path.Append("&skills=").Append(string.Join(',', query.Skills));
        }

        path.Append("&languages=").Append(string.Join(',', query.Languages));
        if (query.MaxRateIdr is { } maxRate)
        {
            path.Append(CultureInfo.InvariantCulture, $"&maxRateIdr={maxRate}");
        }

        if (query.Text is { } text)
        {
            path.Append("&q=").Append(text);
        }

        return path.ToString();
    }

    /// <summary>A wrk script whose requests cycle through <paramref name="paths"/>; returns its file.</summary>
    public static string WriteWrkScript(IReadOnlyList<string> paths)
    {
        var file = Path.Combine(Path.GetTempPath(), $"peduli-search-mix-{Guid.NewGuid():N}.lua");
        var script = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            script.Append("  \"").Append(path).Append("\",\n");
        }

        script.Append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        File.WriteAllText(file, script.ToString());
        return file;
    }
}
