using System.Globalization;
using Marketplace.Application.Search;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Nobody can find where a caregiver lives by searching: distances and filters use a point a few hundred
/// metres from the home, and distances are told to the half kilometre. The attack that located 36 demo
/// caregivers with three calls each (bisect the radius from several points, then trilaterate) now finds the
/// public point, and misses the home by at least 250 m.
/// </summary>
public sealed class HomePrivacyTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    // TestCaregivers.CompleteProfile lives here, in Sungguminasa (Gowa), and travels 8 km.
    private const double HomeLat = -5.2030;
    private const double HomeLon = 119.4580;

    [Fact]
    public async Task TrilaterationFromManyPoints_MissesTheHomeByAtLeast250Metres()
    {
        var (_, caregiverId) = await app.NewVerifiedCaregiverAsync();
        var search = app.CreateClient();
        var observers = Enumerable.Range(0, 8).Select(i => Offset(HomeLat, HomeLon, distanceKm: 2.5 + (i % 3), bearingDegrees: i * 45)).ToList();
        await EventuallyFoundAsync(search, caregiverId, observers[0], 7);

        var measured = new List<((double Lat, double Lon) Observer, double Km)>();
        foreach (var observer in observers)
        {
            measured.Add((observer, await BisectDistanceAsync(search, caregiverId, observer)));
        }

        var estimate = Trilaterate(measured);
        var missKm = Distance.Km(estimate.Lat, estimate.Lon, HomeLat, HomeLon);
        Assert.True(missKm >= 0.25, $"the attack located the home to within {missKm * 1000:0} m");

        // The attack does work, on the public point: its circles agree with each other to within metres.
        Assert.All(measured, m => Assert.InRange(Distance.Km(estimate.Lat, estimate.Lon, m.Observer.Lat, m.Observer.Lon) - m.Km, -0.02, 0.02));
    }

    [Fact]
    public async Task DistancesAreTold_ToTheHalfKilometre()
    {
        var (_, caregiverId) = await app.NewVerifiedCaregiverAsync();
        var search = app.CreateClient();
        var observer = Offset(HomeLat, HomeLon, 3.3, 100);
        await EventuallyFoundAsync(search, caregiverId, observer, 7);

        var hit = (await SearchAsync(search, observer, 7)).First(h => h.GetProperty("id").GetGuid() == caregiverId);

        var km = hit.GetProperty("distanceKm").GetDouble();
        Assert.Equal(km, Math.Round(km * 2) / 2);
    }

    /// <summary>The smallest radius at which search still finds the caregiver: the distance to the point search uses, to a metre.</summary>
    private static async Task<double> BisectDistanceAsync(HttpClient search, Guid caregiverId, (double Lat, double Lon) observer)
    {
        var (low, high) = (1.0, 8.0);
        while (high - low > 0.0005)
        {
            var middle = (low + high) / 2;
            var found = (await SearchAsync(search, observer, middle)).Any(h => h.GetProperty("id").GetGuid() == caregiverId);
            (low, high) = found ? (low, middle) : (middle, high);
        }

        return high;
    }

    /// <summary>The point whose distances to the observers best fit the measured ones (least squares over a 2 km grid, then finer).</summary>
    private static (double Lat, double Lon) Trilaterate(List<((double Lat, double Lon) Observer, double Km)> measured)
    {
        var best = (Lat: HomeLat, Lon: HomeLon);
        foreach (var stepKm in new[] { 0.05, 0.005, 0.0005 })
        {
            var (centre, reach) = (best, stepKm * 40);
            var bestError = double.MaxValue;
            for (var dy = -reach; dy <= reach; dy += stepKm)
            {
                for (var dx = -reach; dx <= reach; dx += stepKm)
                {
                    var candidate = (Lat: centre.Lat + (dy / 110.574), Lon: centre.Lon + (dx / (111.320 * Math.Cos(double.DegreesToRadians(centre.Lat)))));
                    var error = measured.Sum(m => Math.Pow(Distance.Km(candidate.Lat, candidate.Lon, m.Observer.Lat, m.Observer.Lon) - m.Km, 2));
                    if (error < bestError)
                    {
                        (bestError, best) = (error, candidate);
                    }
                }
            }
        }

        return best;
    }

    private static (double Lat, double Lon) Offset(double lat, double lon, double distanceKm, double bearingDegrees)
    {
        var bearing = double.DegreesToRadians(bearingDegrees);
        return (lat + (distanceKm * Math.Cos(bearing) / 110.574), lon + (distanceKm * Math.Sin(bearing) / (111.320 * Math.Cos(double.DegreesToRadians(lat)))));
    }

    private static async Task<List<System.Text.Json.JsonElement>> SearchAsync(HttpClient search, (double Lat, double Lon) at, double radiusKm)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/v1/search/caregivers?lat={at.Lat}&lon={at.Lon}&radiusKm={radiusKm}&pageSize=100");
        var response = await search.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()];
    }

    private static Task EventuallyFoundAsync(HttpClient search, Guid caregiverId, (double Lat, double Lon) at, double radiusKm) =>
        Eventually.TrueAsync(
            async () => (await SearchAsync(search, at, radiusKm)).Any(h => h.GetProperty("id").GetGuid() == caregiverId),
            "the caregiver was not searchable");
}
