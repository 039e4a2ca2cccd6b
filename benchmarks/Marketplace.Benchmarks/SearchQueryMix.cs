using System.Globalization;
using System.Text;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Benchmarks;

/// <summary>
/// The fixed mix of caregiver searches: radius 5–25 km, 0–3 skills, a language, a price cap for a third,
/// words for half, from where people live. Written as a wrk script that cycles through them.
/// </summary>
internal static class SearchQueryMix
{
    private static readonly string[] Words = ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "sabar"];

    public static IReadOnlyList<string> Paths(int count, Random random)
    {
        var skills = Skills.All.Terms.Select(t => t.Slug).ToArray();
        var languages = Languages.All.Terms.Select(t => t.Slug).ToArray();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var point = SouthSulawesiSpread.Point(random);
            var path = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"/api/v1/search/caregivers?lat={point.Latitude:0.#####}&lon={point.Longitude:0.#####}&radiusKm={5 + random.Next(21)}"));
            var wanted = skills.OrderBy(_ => random.Next()).Take(random.Next(4)).ToList();
            if (wanted.Count > 0)
            {
                path.Append("&skills=").Append(string.Join(',', wanted));
            }

            path.Append("&languages=").Append(languages[random.Next(languages.Length)]);
            if (random.Next(3) == 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"&maxRateIdr={60_000 + (10_000 * random.Next(5))}");
            }

            if (random.Next(2) == 0)
            {
                path.Append("&q=").Append(Words[random.Next(Words.Length)]);
            }

            return path.ToString();
        })];
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
