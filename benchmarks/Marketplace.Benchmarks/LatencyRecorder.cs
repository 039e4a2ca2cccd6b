using System.Diagnostics;

namespace Marketplace.Benchmarks;

/// <summary>Runs a fixed list of searches against one engine: each one timed alone, then as many as two threads can do.</summary>
internal static class LatencyRecorder
{
    public static async Task<EngineFigures> MeasureAsync<T>(IReadOnlyList<T> queries, Func<T, Task> run, int rounds, TimeSpan throughputFor)
    {
        foreach (var query in queries)
        {
            await run(query);
        }

        var latencies = new List<double>(queries.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                await run(query);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        latencies.Sort();
        return new EngineFigures(Percentile(latencies, 0.50), Percentile(latencies, 0.99), await ThroughputAsync(queries, run, throughputFor));
    }

    /// <summary>Searches per second with one worker per core, each cycling through the list from its own place.</summary>
    public static async Task<double> ThroughputAsync<T>(IReadOnlyList<T> queries, Func<T, Task> run, TimeSpan duration)
    {
        var workers = Environment.ProcessorCount;
        var done = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker * queries.Count / workers; clock.Elapsed < duration; i++)
            {
                await run(queries[i % queries.Count]);
                Interlocked.Increment(ref done);
            }
        })));
        return done / clock.Elapsed.TotalSeconds;
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}

internal sealed record EngineFigures(double P50Ms, double P99Ms, double QueriesPerSecond);
