using System.Globalization;
using System.Text;
using Marketplace.Application.Search;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Benchmarks;

/// <summary>
/// The fixed mix of caregiver searches: radius 5–25 km, 0–3 skills, a language, a price cap for a third,
/// a word for half, a visit for a third, verified caregivers only (the API's default), from where people live.
/// A visit lasts 1–4 whole hours and starts on a whole or half hour from 06:00 to 18:30 WITA on one of the
/// 14 days from <see cref="FirstVisitDay"/> (a Monday), so runs repeat. The engine benchmark runs them as
/// searches; the HTTP benchmark as a wrk script that cycles through them.
/// </summary>
internal static class SearchQueryMix
{
    /// <summary>The Monday the mix's visits (and the synthetic caregivers' time off and booked visits) start from.</summary>
    public static readonly DateOnly FirstVisitDay = new(2027, 1, 4);

    /// <summary>WITA, the zone of South Sulawesi: visits are asked with this offset, as a family there would.</summary>
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public const int VisitDays = 14;

    private static readonly string[] Words = ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "sabar"];

    /// <summary>Midnight WITA at the start of <paramref name="day"/>, the moment a benchmark's app clock is set to.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Wita);

    /// <summary>
    /// The mix as searches, for the engines; the same searches as <see cref="Paths"/> for the same <paramref name="random"/>.
    /// Visits fall in the two weeks from <paramref name="firstDay"/> (default <see cref="FirstVisitDay"/>).
    /// </summary>
    public static IReadOnlyList<CaregiverSearchQuery> Queries(int count, Random random, DateOnly? firstDay = null)
    {
        var skills = Skills.All.Terms.Select(t => t.Slug).ToArray();
        var languages = Languages.All.Terms.Select(t => t.Slug).ToArray();
        var first = StartOf(firstDay ?? FirstVisitDay);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var point = SouthSulawesiSpread.Point(random);
            var radius = 5 + random.Next(21);
            var wanted = skills.OrderBy(_ => random.Next()).Take(random.Next(4)).ToList();
            var language = languages[random.Next(languages.Length)];
            long? maxRate = random.Next(3) == 0 ? 60_000 + (10_000 * random.Next(5)) : null;
            var text = random.Next(2) == 0 ? Words[random.Next(Words.Length)] : null;
            DateTimeOffset? visit = null;
            int? hours = null;
            if (random.Next(3) == 0)
            {
                // 06:00 plus 0–25 half hours: the last start is 18:30.
                visit = first.AddDays(random.Next(VisitDays)).AddMinutes(360 + (30 * random.Next(26)));
                hours = 1 + random.Next(4);
            }

            return new CaregiverSearchQuery(
                Math.Round(point.Latitude, 5), Math.Round(point.Longitude, 5), radius, wanted, [language], maxRate, VerifiedOnly: true, text,
                SearchSort.Distance, Page: 1, PageSize: 20, visit, hours);
        })];
    }

    /// <summary>The mix as API paths, for wrk.</summary>
    public static IReadOnlyList<string> Paths(int count, Random random, DateOnly? firstDay = null) => [.. Queries(count, random, firstDay).Select(PathOf)];

    /// <summary>The Monday after today in WITA, for apps that keep real time (the visits must lie ahead).</summary>
    public static DateOnly NextMonday(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(Wita).DateTime);
        return today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
    }

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

        if (query.AvailableAt is { } start && query.Hours is { } hours)
        {
            // ISO 8601 with its offset; the '+' must be escaped or the query string reads it as a space.
            path.Append("&availableAt=").Append(Uri.EscapeDataString(start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)))
                .Append(CultureInfo.InvariantCulture, $"&hours={hours}");
        }

        return path.ToString();
    }

    /// <summary>
    /// A wrk script whose requests cycle through <paramref name="paths"/>; returns its file. Each request is
    /// formatted once, in <c>init</c>, as wrk's own guide advises: formatting one in Lua for every request puts the
    /// load generator's work into the machine the app is measured on.
    /// </summary>
    public static string WriteWrkScript(IReadOnlyList<string> paths)
    {
        var file = Path.Combine(Path.GetTempPath(), $"peduli-search-mix-{Guid.NewGuid():N}.lua");
        var script = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            script.Append("  \"").Append(path).Append("\",\n");
        }

        script.Append("""
            }
            local requests = {}
            init = function(args)
              for n, path in ipairs(paths) do
                requests[n] = wrk.format("GET", path)
              end
            end
            local i = 0
            request = function()
              i = i % #requests + 1
              return requests[i]
            end

            """);
        File.WriteAllText(file, script.ToString());
        return file;
    }
}
