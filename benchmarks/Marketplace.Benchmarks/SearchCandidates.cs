using System.Diagnostics.Metrics;
using System.Globalization;

namespace Marketplace.Benchmarks;

/// <summary>
/// Listens to the Lucene engine's histogram of caregivers a search judged one by one (meter <c>Peduli.Search</c>,
/// instrument <c>peduli.search.caregivers.candidates</c>, one measurement per search) while it is open. An engine
/// without the instrument gives no measurements, and the figures read "n/a" rather than 0.
/// </summary>
internal sealed class SearchCandidates : IDisposable
{
    public const string MeterName = "Peduli.Search";
    public const string InstrumentName = "peduli.search.caregivers.candidates";

    private readonly MeterListener _listener = new();
    private readonly List<long> _values = [];

    public SearchCandidates()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Add(value));
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => Add(value));
        _listener.Start();
    }

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    /// <summary>The mean per search, or "n/a" when the engine recorded nothing.</summary>
    public string Average() => Figure(values => values.Average());

    /// <summary>The 99th percentile (nearest rank), or "n/a".</summary>
    public string P99() => Figure(values =>
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(0.99 * sorted.Count) - 1, 0, sorted.Count - 1)];
    });

    public void Dispose() => _listener.Dispose();

    private void Add(long value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
    }

    private string Figure(Func<List<long>, double> of)
    {
        lock (_values)
        {
            return _values.Count == 0 ? "n/a" : of(_values).ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
