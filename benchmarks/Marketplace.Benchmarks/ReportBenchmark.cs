using System.Diagnostics;
using System.Globalization;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <summary>
/// The regional report of Kota Makassar (73.71, one regency in ten) over <see cref="ReportSeed"/>'s bookings, through the
/// API as an admin reads it: a month, a quarter and a year, each asked <c>requests</c> times one after another.
/// </summary>
internal sealed class ReportBenchmark(MarketplaceAppFactory app, int bookings, int requests, TextWriter log)
{
    public async Task<string> RunAsync()
    {
        var seeding = Stopwatch.StartNew();
        await new ReportSeed(app, bookings).RunAsync(log);
        log.WriteLine($"seeded {bookings} bookings in {seeding.Elapsed.TotalSeconds:0} s");
        var admin = await app.AdminAsync();
        var lastMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-DateTime.UtcNow.Day);
        var rows = new List<string>();
        foreach (var (name, from) in new[] { ("month", lastMonth.AddDays(1 - lastMonth.Day)), ("quarter", lastMonth.AddDays(1 - lastMonth.Day).AddMonths(-2)), ("year", lastMonth.AddDays(-364)) })
        {
            var url = $"/api/v1/admin/reports/regions/73.71?from={Iso(from)}&to={Iso(lastMonth)}";
            var first = await admin.GetAsync(url);
            first.EnsureSuccessStatusCode();
            var visits = (await first.ReadJsonAsync()).GetProperty("homeVisits").GetInt32();
            var latencies = new List<double>(requests);
            for (var i = 0; i < requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                (await admin.GetAsync(url)).EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            latencies.Sort();
            rows.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {Name(app.Database.Provider)} | {bookings:N0} | {name} | {visits:N0} | {requests} | {Percentile(latencies, 0.5):0.0} | {Percentile(latencies, 0.99):0.0} | {latencies[^1]:0.0} |"));
        }

        return string.Join(Environment.NewLine, rows);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "SQLite";

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
