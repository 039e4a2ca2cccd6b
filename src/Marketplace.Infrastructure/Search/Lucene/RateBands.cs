namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// A segment's hourly rates as bit sets over positions, so that a price cap is tested 64 caregivers at a time: for
/// each of at most <see cref="MaxBands"/> thresholds, the caregivers whose rate is at most that threshold. The
/// thresholds are the segment's own rates (all of them when few enough, else evenly spaced through them in rank,
/// always with the highest), so a cap at one of them is answered by one set; a cap between two is answered by the
/// lower one's set for certain and judged one by one for the caregivers between the two.
/// </summary>
internal sealed class RateBands
{
    /// <summary>At most this many sets: 32 of 125 KB at 1,000,000 caregivers.</summary>
    public const int MaxBands = 32;

    private readonly long[] _thresholds;
    private readonly ulong[][] _atMost;

    // For a cap below the lowest threshold: nobody surely within it. Made once, not per search.
    private readonly ulong[] _nobody;

    private RateBands(long[] thresholds, ulong[][] atMost, int words)
    {
        _thresholds = thresholds;
        _atMost = atMost;
        _nobody = new ulong[words];
    }

    /// <summary>The bands of <paramref name="rates"/>, one rate per position.</summary>
    public static RateBands Of(IReadOnlyList<long> rates)
    {
        if (rates.Count == 0)
        {
            return new RateBands([], [], 0);
        }

        var sorted = rates.Order().ToArray();
        var distinct = sorted.Distinct().ToArray();
        var thresholds = distinct.Length <= MaxBands
            ? distinct
            : [.. Enumerable.Range(1, MaxBands).Select(band => sorted[(band * sorted.Length / MaxBands) - 1]).Distinct()];

        // Each position goes in the band of the first threshold at or above its rate, then every set takes in the ones below it.
        var words = SegmentColumns.Words(rates.Count);
        var atMost = thresholds.Select(_ => new ulong[words]).ToArray();
        for (var position = 0; position < rates.Count; position++)
        {
            var band = Array.BinarySearch(thresholds, rates[position]);
            atMost[band < 0 ? ~band : band][position >> 6] |= 1UL << position;
        }

        for (var band = 1; band < atMost.Length; band++)
        {
            for (var word = 0; word < words; word++)
            {
                atMost[band][word] |= atMost[band - 1][word];
            }
        }

        return new RateBands(thresholds, atMost, words);
    }

    /// <summary>
    /// The sets that answer a cap of <paramref name="maxRate"/>: those who may be within it (every one who is) and those
    /// who surely are, or null when every caregiver of the segment is within it.
    /// </summary>
    public (ulong[] MayBeWithin, ulong[] SurelyWithin)? Cap(long maxRate)
    {
        if (_thresholds.Length == 0 || maxRate >= _thresholds[^1])
        {
            return null;
        }

        var band = Array.BinarySearch(_thresholds, maxRate);
        if (band >= 0)
        {
            return (_atMost[band], _atMost[band]);
        }

        var above = ~band;
        return (_atMost[above], above == 0 ? _nobody : _atMost[above - 1]);
    }
}
