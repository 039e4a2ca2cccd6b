using System.Diagnostics;
using System.Globalization;
using Marketplace.Application.Search;
using Marketplace.Infrastructure.Search.Lucene;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <summary>
/// The embedded engine alone (no HTTP), beside PostgreSQL + PostGIS on the same caregivers and the same
/// 1,000 searches: build rate, index size, p50/p99 of each search timed alone, searches per second on
/// every core, and the process's peak memory while the Lucene part ran.
/// </summary>
internal sealed class SearchEngineBenchmark(int caregivers, TextWriter log)
{
    private const int Seed = 7371;
    private const int Rounds = 3;
    private static readonly TimeSpan ThroughputFor = TimeSpan.FromSeconds(10);

    public async Task<string> RunAsync()
    {
        var queries = SearchQueryMix.Queries(1_000, new Random(1234));
        var folder = Directory.CreateTempSubdirectory("peduli-search-bench-").FullName;
        try
        {
            var (lucene, build, size) = await LuceneAsync(folder, queries);
            var peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var postgis = await PostGisAsync(queries);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {caregivers:N0} | {build:N0} | {size / 1024.0 / 1024.0:0} | {peakMegabytes:0} | {lucene.P50Ms:0.000} | {lucene.P99Ms:0.000} | {lucene.QueriesPerSecond:N0} | " +
                $"{postgis.P50Ms:0.000} | {postgis.P99Ms:0.000} | {postgis.QueriesPerSecond:N0} | {postgis.P50Ms / lucene.P50Ms:0.0}× | {postgis.P99Ms / lucene.P99Ms:0.0}× |");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(EngineFigures Figures, double BuildPerSecond, long Bytes)> LuceneAsync(string folder, IReadOnlyList<CaregiverSearchQuery> queries)
    {
        var clock = Stopwatch.StartNew();
        var generated = SyntheticCaregivers.Generate(caregivers, Seed).Count();
        log.WriteLine($"generating {generated:N0} caregivers alone takes {clock.Elapsed.TotalSeconds:0.0} s (included in the build rate)");

        using var index = new LuceneCaregiverIndex(folder, TimeProvider.System, TimeSpan.FromSeconds(1));
        clock.Restart();
        await index.ReplaceAllAsync(SyntheticCaregivers.Generate(caregivers, Seed).ToAsyncEnumerable(), version: 1, CancellationToken.None);
        var buildPerSecond = caregivers / clock.Elapsed.TotalSeconds;
        var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
        log.WriteLine($"lucene: indexed {caregivers:N0} in {clock.Elapsed.TotalSeconds:0.0} s, {bytes / 1024 / 1024} MB");

        var matched = 0L;
        foreach (var query in queries)
        {
            matched += (await index.SearchAsync(query, CancellationToken.None)).Total;
        }

        log.WriteLine($"lucene: the mix matches {matched / queries.Count:N0} caregivers per search on average");
        var figures = await LatencyRecorder.MeasureAsync(queries, query => index.SearchAsync(query, CancellationToken.None), Rounds, ThroughputFor);
        log.WriteLine($"lucene: {figures}");
        return (figures, buildPerSecond, bytes);
    }

    private async Task<EngineFigures> PostGisAsync(IReadOnlyList<CaregiverSearchQuery> queries)
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? throw new InvalidOperationException($"The PostGIS side needs {TestDatabase.PostgresVariable}; benchmarks/run-search-engine.sh starts a server.");
        var clock = Stopwatch.StartNew();
        await using var postgis = await PostGisCaregivers.LoadAsync(server, SyntheticCaregivers.Generate(caregivers, Seed));
        log.WriteLine($"postgis: loaded and indexed {caregivers:N0} in {clock.Elapsed.TotalSeconds:0.0} s, {await postgis.TableBytesAsync() / 1024 / 1024} MB");
        var figures = await LatencyRecorder.MeasureAsync(queries, postgis.SearchAsync, Rounds, ThroughputFor);
        log.WriteLine($"postgis: {figures}");
        return figures;
    }
}
