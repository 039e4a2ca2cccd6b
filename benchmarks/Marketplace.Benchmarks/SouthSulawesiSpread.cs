using Marketplace.Application.SharedKernel;

namespace Marketplace.Benchmarks;

/// <summary>
/// Where people (and so caregivers and the families searching for them) are in South Sulawesi: dense in
/// Makassar, thinner in the other towns, sparse inland. Fixed weights, so runs are comparable.
/// </summary>
internal static class SouthSulawesiSpread
{
    private static readonly (double Lat, double Lon, double Weight, double Spread)[] Towns =
    [
        (-5.1477, 119.4327, 0.50, 0.05), // Makassar
        (-5.2030, 119.4580, 0.10, 0.04), // Sungguminasa (Gowa)
        (-5.0060, 119.5740, 0.07, 0.04), // Maros
        (-4.8250, 119.5550, 0.05, 0.04), // Pangkajene
        (-5.4167, 119.4833, 0.05, 0.04), // Takalar
        (-4.0135, 119.6255, 0.06, 0.04), // Parepare
        (-4.5386, 120.3279, 0.06, 0.05), // Watampone (Bone)
        (-2.9925, 120.1969, 0.04, 0.04), // Palopo
    ];

    public static GeoPoint Point(Random random)
    {
        var pick = random.NextDouble();
        foreach (var town in Towns)
        {
            if ((pick -= town.Weight) < 0)
            {
                return GeoPoint.Create(town.Lat + Around(random, town.Spread), town.Lon + Around(random, town.Spread));
            }
        }

        // The rest live inland, anywhere between the towns.
        return GeoPoint.Create(-5.5 + (random.NextDouble() * 2.5), 119.6 + (random.NextDouble() * 0.9));
    }

    /// <summary>Roughly normal around 0 (a sum of uniforms), most within ±<paramref name="spread"/> degrees.</summary>
    private static double Around(Random random, double spread) =>
        (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * spread;
}
