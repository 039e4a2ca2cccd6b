using System.Globalization;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.Benchmarks;

/// <summary>Paid bookings per second and their latency, and the reads of one caregiver's earnings.</summary>
public sealed record PaymentBenchmarkResult(PaymentBenchmarkOptions Options, BookingBenchmarkResult Paid, ReadFigures Statement, ReadFigures Page)
{
    public string ToMarkdownRows(DatabaseProvider provider) => string.Join(
        Environment.NewLine,
        Paid.ToMarkdownRow(provider),
        Statement.ToMarkdownRow(provider, Options.CaregiverBookings),
        Page.ToMarkdownRow(provider, Options.CaregiverBookings));
}

/// <summary>Sequential reads of one path: p50, p99 and the slowest, in milliseconds.</summary>
public sealed record ReadFigures(string Path, double P50Ms, double P99Ms, double MaxMs)
{
    public static ReadFigures Of(string path, List<double> latencies)
    {
        latencies.Sort();
        double At(double share) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(share * latencies.Count) - 1)];
        return new ReadFigures(path, At(0.50), At(0.99), latencies[^1]);
    }

    public string ToMarkdownRow(DatabaseProvider provider, int bookings) => string.Create(CultureInfo.InvariantCulture,
        $"| {provider} | read `{Path}` of a caregiver with {bookings:N0} bookings | {P50Ms:0.0} | {P99Ms:0.0} | {MaxMs:0.0} |");
}
