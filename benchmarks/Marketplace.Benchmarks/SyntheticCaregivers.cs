using System.Globalization;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Benchmarks;

/// <summary>
/// Search documents for the engine benchmark, made on the fly from a seed: the same seed gives the same
/// caregivers to every engine, and none of them need to sit in memory at once. Homes are spread like
/// people over South Sulawesi; weeks, time off and booked visits vary (<see cref="SyntheticSchedules"/>), all in WITA.
/// </summary>
internal static class SyntheticCaregivers
{
    public static readonly string[] Words =
        ["lansia", "demensia", "stroke", "perawat", "fisioterapi", "gizi", "luka", "disabilitas", "autisme", "anak", "sabar", "berpengalaman"];

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
            var bio = string.Join(' ', Words.OrderBy(_ => random.Next()).Take(4));
            string[] caregiverSkills = [.. skills.OrderBy(_ => random.Next()).Take(1 + random.Next(4))];
            string[] caregiverLanguages = [.. languages.OrderBy(_ => random.Next()).Take(1 + random.Next(2))];
            var rate = 40_000 + (5_000 * random.Next(17));
            var radiusKm = 25 + random.Next(26);
            var verified = random.Next(10) != 0;
            double? rating = random.Next(3) == 0 ? null : 3 + (random.Next(21) / 10.0);
            var reviews = 1 + random.Next(40);
            var weekly = SyntheticSchedules.Weekly(random);
            var timeOff = SyntheticSchedules.TimeOff(random, IndonesianTimeZones.Wita);
            var booked = SyntheticSchedules.Booked(random, weekly, IndonesianTimeZones.Wita);
            yield return new CaregiverDocument(
                new Guid(id),
                string.Create(CultureInfo.InvariantCulture, $"Pendamping {i:0000000}"),
                bio,
                caregiverSkills,
                caregiverLanguages,
                rate,
                home.Latitude,
                home.Longitude,
                radiusKm,
                verified,
                rating,
                reviews,
                IndonesianTimeZones.Wita,
                weekly,
                timeOff,
                booked);
        }
    }
}
