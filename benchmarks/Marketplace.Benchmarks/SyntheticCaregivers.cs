using System.Globalization;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Benchmarks;

/// <summary>
/// Search documents for the engine benchmark, made on the fly from a seed: the same seed gives the same
/// caregivers to every engine, and none of them need to sit in memory at once. Homes are spread like
/// people over South Sulawesi; everyone works Monday to Saturday, 06:00–20:00 WITA.
/// </summary>
internal static class SyntheticCaregivers
{
    public static readonly string[] Words =
        ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "gizi", "luka", "disabilitas", "autisme", "anak", "sabar", "berpengalaman"];

    private static readonly WeeklySlot[] Week =
        [.. Enum.GetValues<DayOfWeek>().Where(day => day != DayOfWeek.Sunday).Select(day => new WeeklySlot(day, new TimeOnly(6, 0), new TimeOnly(20, 0)))];

    public static IEnumerable<CaregiverDocument> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var skills = Skills.All.Terms.Select(t => t.Slug).ToArray();
        var languages = Languages.All.Terms.Select(t => t.Slug).ToArray();
        var id = new byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(id);
            var home = SouthSulawesiSpread.Point(random);
            yield return new CaregiverDocument(
                new Guid(id),
                string.Create(CultureInfo.InvariantCulture, $"Pendamping {i:0000000}"),
                string.Join(' ', Words.OrderBy(_ => random.Next()).Take(4)),
                [.. skills.OrderBy(_ => random.Next()).Take(1 + random.Next(4))],
                [.. languages.OrderBy(_ => random.Next()).Take(1 + random.Next(2))],
                40_000 + (5_000 * random.Next(17)),
                home.Latitude,
                home.Longitude,
                25 + random.Next(26),
                random.Next(10) != 0,
                random.Next(3) == 0 ? null : 3 + (random.Next(21) / 10.0),
                1 + random.Next(40),
                IndonesianTimeZones.Wita,
                Week,
                [],
                []);
        }
    }
}
