using System.Diagnostics.Metrics;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// What the embedded engine's searches cost, for dashboards and benchmarks (System.Diagnostics.Metrics;
/// an OpenTelemetry or dotnet-counters listener reads the meter by its name).
/// </summary>
internal static class SearchMetrics
{
    public const string MeterName = "Peduli.Search";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Grid cells a search read (<see cref="Lucene.SearchGrid"/>), summed over the index's segments; a crowded cell its
    /// radius cuts counts once for each of its parts read.
    /// </summary>
    public static readonly Histogram<long> CellsVisited = Meter.CreateHistogram<long>(
        "peduli.search.cells", unit: "{cell}", description: "Grid cells (or parts of crowded cells) a search read, over all segments");

    /// <summary>Caregivers a search judged one by one (rate, distance, schedule): those its grid cells and bit sets did not rule out.</summary>
    public static readonly Histogram<long> CandidatesJudged = Meter.CreateHistogram<long>(
        "peduli.search.caregivers.candidates", unit: "{caregiver}", description: "Caregivers a search judged one by one after its bit-set filters");
}
