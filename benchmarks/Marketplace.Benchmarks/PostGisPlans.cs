using System.Globalization;
using System.Text;
using Marketplace.Application.Search;
using Marketplace.TestSupport;
using Npgsql;

namespace Marketplace.Benchmarks;

/// <summary>
/// Which PostGIS order wins for which filter mix, the detail behind <see cref="TunedPostGis.CalibrateAsync"/>: every
/// search of the mix on the tuned sessions (JIT off), nearest first through the GiST index and all matches then sorted,
/// each timed alone (the fastest of five after a warm-up), by number of skills, word or not, visit or not. Prints a
/// Markdown table.
/// </summary>
internal sealed class PostGisPlans(int caregivers, TextWriter log)
{
    public async Task<string> RunAsync()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? throw new InvalidOperationException($"PostGIS needs {TestDatabase.PostgresVariable}; benchmarks/run-search-engine.sh starts a server.");
        await using (var database = NpgsqlDataSource.Create(server))
        {
            await PostGisCaregivers.LoadAsync(database, SyntheticCaregivers.Generate(caregivers, SearchEngineBenchmark.Seed));
        }

        await using var tuned = new TunedPostGis(server);
        var queries = SearchQueryMix.Queries(1_000, new Random(1234));
        var timed = new List<(CaregiverSearchQuery Query, double Nearest, double Sorted)>();
        foreach (var query in queries)
        {
            timed.Add((query, await TunedPostGis.FastestMsAsync(() => tuned.SearchAsync(query, PostGisOrder.Nearest), rounds: 5), await TunedPostGis.FastestMsAsync(() => tuned.SearchAsync(query, PostGisOrder.Sorted), rounds: 5)));
        }

        log.WriteLine($"timed {timed.Count} searches both ways on {caregivers:N0} caregivers");
        var table = new StringBuilder("| skills | word | visit | searches | nearest first: mean ms | p90 ms | all then sorted: mean ms | p90 ms | faster |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var group in timed.GroupBy(t => (t.Query.Skills.Count, Word: t.Query.Text is not null, Visit: t.Query.Visit is not null)).OrderBy(g => g.Key))
        {
            double Mean(Func<(CaregiverSearchQuery Query, double Nearest, double Sorted), double> of) => group.Average(of);
            double P90(Func<(CaregiverSearchQuery Query, double Nearest, double Sorted), double> of) =>
                group.Select(of).Order().ElementAt(Math.Max(0, (int)Math.Ceiling(0.9 * group.Count()) - 1));
            var (nearest, sorted) = (Mean(t => t.Nearest), Mean(t => t.Sorted));
            table.Append(CultureInfo.InvariantCulture,
                $"| {group.Key.Count} | {(group.Key.Word ? "yes" : "no")} | {(group.Key.Visit ? "yes" : "no")} | {group.Count()} | {nearest:0.000} | {P90(t => t.Nearest):0.000} | {sorted:0.000} | {P90(t => t.Sorted):0.000} | " +
                $"{(nearest <= sorted ? "nearest first" : "sorted")} |\n");
        }

        return table.ToString().TrimEnd();
    }
}
