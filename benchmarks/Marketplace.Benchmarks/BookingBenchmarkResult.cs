using System.Globalization;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.Benchmarks;

/// <param name="WarmupRequests">Requests sent to warm up before the timed ones (<see cref="JitWarmup"/>).</param>
/// <param name="WarmupSettled">Whether the JIT had settled when the warm-up ended.</param>
/// <param name="OutboxDrained">How long after the last timed request the outbox had delivered every message they queued.</param>
public sealed record BookingBenchmarkResult(
    BookingBenchmarkOptions Options, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, int WarmupRequests, bool WarmupSettled, TimeSpan OutboxDrained)
{
    public double PerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>The latency below which <paramref name="percent"/> of the requests finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        var sorted = LatenciesMs.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string ToMarkdownRow(DatabaseProvider provider) => string.Create(CultureInfo.InvariantCulture,
        $"| {provider} | {Options.Existing:N0} | {LatenciesMs.Count:N0} | {Options.Concurrency} | {PerSecond:0} | {Percentile(50):0.0} | {Percentile(99):0.0} | {LatenciesMs.Max():0.0} | {WarmupRequests:N0}{(WarmupSettled ? "" : " (JIT not settled)")} | {OutboxDrained.TotalSeconds:0.0} |");
}
