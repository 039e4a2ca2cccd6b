using System.Diagnostics;
using System.Globalization;
using Marketplace.Application.Search;
using Marketplace.Infrastructure.Search.Lucene;
using Marketplace.TestSupport;
using Npgsql;

namespace Marketplace.Benchmarks;

/// <summary>
/// The embedded engine alone (no HTTP), beside PostgreSQL + PostGIS on the same caregivers and the same 1,000
/// searches, in one run: build rate, index size, matches and candidates judged per search, p50/p99 of each search
/// timed alone, searches per second on every core, the process's peak memory while the Lucene part ran; and
/// PostGIS twice, as shipped (JIT on, <c>ORDER BY geog &lt;-&gt; point, id</c>) and tuned as a PostGIS user
/// would (<see cref="TunedPostGis"/>).
/// </summary>
internal sealed class SearchEngineBenchmark(int caregivers, TextWriter log)
{
    public const int Seed = 7371;
    private const int Rounds = 3;
    private static readonly TimeSpan ThroughputFor = TimeSpan.FromSeconds(10);

    public async Task<string> RunAsync()
    {
        var queries = SearchQueryMix.Queries(1_000, new Random(1234));
        log.WriteLine($"the mix: {queries.Count(q => q.Visit is not null)} of {queries.Count} searches ask for a visit");
        var folder = Directory.CreateTempSubdirectory("peduli-search-bench-").FullName;
        try
        {
            var lucene = await LuceneAsync(folder, queries);
            var peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var (shipped, tuned) = await PostGisAsync(queries, lucene.Pages);
            var figures = lucene.Figures;
            return string.Create(CultureInfo.InvariantCulture,
                $"| {caregivers:N0} | {lucene.BuildPerSecond:N0} | {lucene.Bytes / 1024.0 / 1024.0:0} | {peakMegabytes:0} | {lucene.MatchesPerSearch:N0} | {lucene.Candidates} | {lucene.CandidatesP99} | " +
                $"{figures.P50Ms:0.000} | {figures.P99Ms:0.000} | {figures.QueriesPerSecond:N0} | " +
                $"{shipped.P50Ms:0.000} | {shipped.P99Ms:0.000} | {shipped.QueriesPerSecond:N0} | " +
                $"{tuned.P50Ms:0.000} | {tuned.P99Ms:0.000} | {tuned.QueriesPerSecond:N0} | {Ratios(figures, shipped)} | {Ratios(figures, tuned)} |");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How many times Lucene's p50 and p99 are shorter, and its searches per second more.</summary>
    private static string Ratios(EngineFigures lucene, EngineFigures other) => string.Create(CultureInfo.InvariantCulture,
        $"{other.P50Ms / lucene.P50Ms:0.0}× / {other.P99Ms / lucene.P99Ms:0.0}× / {lucene.QueriesPerSecond / other.QueriesPerSecond:0.0}×");

    private sealed record LuceneRun(
        EngineFigures Figures, double BuildPerSecond, long Bytes, double MatchesPerSearch, string Candidates, string CandidatesP99, List<Guid[]> Pages);

    private async Task<LuceneRun> LuceneAsync(string folder, IReadOnlyList<CaregiverSearchQuery> queries)
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

        // The listener is open for this one pass only, so the timed passes pay nothing for it.
        var matched = 0L;
        var pages = new List<Guid[]>(queries.Count);
        string candidates, candidatesP99;
        using (var judged = new SearchCandidates())
        {
            foreach (var query in queries)
            {
                var result = await index.SearchAsync(query, CancellationToken.None);
                matched += result.Total;
                pages.Add([.. result.Items.Select(hit => hit.Id)]);
            }

            (candidates, candidatesP99) = (judged.Average(), judged.P99());
            log.WriteLine($"lucene: {judged.Count} measurements of {SearchCandidates.InstrumentName} for {queries.Count} searches");
        }

        var matchesPerSearch = (double)matched / queries.Count;
        log.WriteLine($"lucene: the mix matches {matchesPerSearch:N0} caregivers per search on average; candidates judged one by one per search: {candidates} on average, p99 {candidatesP99}");
        var figures = await LatencyRecorder.MeasureAsync(queries, query => index.SearchAsync(query, CancellationToken.None), Rounds, ThroughputFor);
        log.WriteLine($"lucene: {figures}");
        return new LuceneRun(figures, buildPerSecond, bytes, matchesPerSearch, candidates, candidatesP99, pages);
    }

    private async Task<(EngineFigures Shipped, EngineFigures Tuned)> PostGisAsync(IReadOnlyList<CaregiverSearchQuery> queries, List<Guid[]> lucenePages)
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? throw new InvalidOperationException($"The PostGIS side needs {TestDatabase.PostgresVariable}; benchmarks/run-search-engine.sh starts a server.");
        var clock = Stopwatch.StartNew();
        await using (var database = NpgsqlDataSource.Create(server))
        {
            await PostGisCaregivers.LoadAsync(database, SyntheticCaregivers.Generate(caregivers, Seed));
            log.WriteLine($"postgis: loaded and indexed {caregivers:N0} in {clock.Elapsed.TotalSeconds:0.0} s, {await PostGisCaregivers.TableBytesAsync(database) / 1024 / 1024} MB");
        }

        await using var shipped = PostGisSearch.Connect(server);
        await using var tuned = new TunedPostGis(server);
        Task<IReadOnlyList<Guid>> Shipped(CaregiverSearchQuery query) => shipped.SearchAsync(query, PostGisOrder.Sorted);
        await tuned.CalibrateAsync(SearchQueryMix.Queries(300, new Random(4321)), log);
        var nearest = queries.Count(query => tuned.OrderFor(query) == PostGisOrder.Nearest);
        log.WriteLine($"postgis tuned: {nearest} of {queries.Count} searches (up to {tuned.NearestUpTo} narrowing filters) walk the GiST index nearest first, {queries.Count - nearest} find all matches and sort");
        await CompareAsync("as shipped", queries, lucenePages, Shipped);
        await CompareAsync("tuned", queries, lucenePages, tuned.SearchAsync);

        var shippedFigures = await LatencyRecorder.MeasureAsync(queries, Shipped, Rounds, ThroughputFor);
        log.WriteLine($"postgis as shipped: {shippedFigures}");
        var tunedFigures = await LatencyRecorder.MeasureAsync(queries, tuned.SearchAsync, Rounds, ThroughputFor);
        log.WriteLine($"postgis tuned: {tunedFigures}");
        return (shippedFigures, tunedFigures);
    }

    /// <summary>
    /// Logs how many of PostGIS's pages hold the same caregivers as Lucene's: all should without words (the same
    /// filters, the availability rule included); with words they may differ, PostgreSQL not stemming Indonesian.
    /// </summary>
    private async Task CompareAsync(string name, IReadOnlyList<CaregiverSearchQuery> queries, List<Guid[]> lucenePages, Func<CaregiverSearchQuery, Task<IReadOnlyList<Guid>>> search)
    {
        int same = 0, sameWithWords = 0, withWords = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var agrees = (await search(queries[i])).ToHashSet().SetEquals(lucenePages[i]);
            if (queries[i].Text is null)
            {
                same += agrees ? 1 : 0;
            }
            else
            {
                withWords++;
                sameWithWords += agrees ? 1 : 0;
            }
        }

        log.WriteLine($"postgis {name}: the same page as Lucene for {same} of {queries.Count - withWords} searches without words, {sameWithWords} of {withWords} with");
    }
}
