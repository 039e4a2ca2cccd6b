using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Application.Search;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// What HTTP costs a caregiver search, in one run on one app with <c>caregivers</c> spread like people over South
/// Sulawesi: the app's own engine (<see cref="ICaregiverSearchIndex"/> from its services) driven in-process with
/// <see cref="SearchQueryMix"/> as <see cref="LatencyRecorder"/> drives engines, one worker per core, and
/// GET /api/v1/search/caregivers with the same searches under load from wrk on loopback (Kestrel, routing,
/// validation, the same index), in six turns each; the percentage is HTTP's mean against the engine's. Then
/// GET /health, which checks nothing, for the app's ceiling.
/// </summary>
public sealed partial class SearchHttpBenchmark(MarketplaceAppFactory app, int caregivers, int seconds, int connections, int threads, TextWriter log)
{
    private const int WarmupRounds = 60;

    /// <summary>How many turns the engine and HTTP take, each measured for a sixth of <c>seconds</c> (whole seconds) a turn.</summary>
    private const int Rounds = 6;

    public async Task<string> RunAsync()
    {
        var address = app.ServeOnLoopback();
        var seed = new CaregiverSeed(app);
        var clock = Stopwatch.StartNew();
        var written = await seed.RunAsync(caregivers, (_, random) => SouthSulawesiSpread.Point(random), new Random(7371), CaregiverSeed.VariedWeeks);
        log.WriteLine($"wrote {caregivers} caregivers in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var indexed = await seed.EndBulkLoadAsync();
        log.WriteLine($"indexed {indexed} caregivers in {clock.Elapsed.TotalSeconds:0.0} s");

        var lag = await IndexLag.MeasureAsync(app, written, samples: 20, new Random(55));
        log.WriteLine($"a saved change became searchable after {lag.P50Ms:0} ms (p50), {lag.MaxMs:0} ms at most, of 20");

        var index = app.Services.GetRequiredService<ICaregiverSearchIndex>();
        var queries = SearchQueryMix.Queries(1_000, new Random(1234));
        await JitWarmup.UntilSettledAsync(WarmupRounds, async _ =>
        {
            foreach (var query in queries)
            {
                await index.SearchAsync(query, CancellationToken.None);
            }
        }, log);

        // The mix's visits lie in the two weeks from a fixed Monday; the app must take them for the future, as it would then.
        using var then = app.Clock.TravelTo(SearchQueryMix.StartOf(SearchQueryMix.FirstVisitDay));
        var script = SearchQueryMix.WriteWrkScript(SearchQueryMix.Paths(1_000, new Random(1234)));
        try
        {
            var search = new Uri(address, "/");
            await WarmUpWrkAsync(search, script);

            // The engine and HTTP take turns, a slice of each per round: this machine's speed drifts by a fifth between
            // measurements a minute apart, and measured one after the other the two sides got different machines
            // (the same build gave 60 %, 70 % and 80 % in three runs within twenty minutes). In turns, both meet the same drift.
            var slice = Math.Max(1, seconds / Rounds);
            var engine = new List<double>();
            var http = new List<string>();
            for (var round = 1; round <= Rounds; round++)
            {
                engine.Add(await LatencyRecorder.ThroughputAsync(queries, query => index.SearchAsync(query, CancellationToken.None), TimeSpan.FromSeconds(slice)));
                http.Add(await RunWrkAsync(search, script, $"{slice}s"));
                log.WriteLine($"round {round} of {Rounds}: the engine in-process {engine[^1]:0} searches/s, HTTP {Number(RequestsPerSecond(), http[^1]):0}");
            }

            var liveness = new Uri(address, "/health");
            await WarmUpWrkAsync(liveness, script: null);
            var health = await RunWrkAsync(liveness, script: null, $"{seconds}s");
            log.WriteLine(health);
            var searches = http.Select(output => Number(RequestsPerSecond(), output)).ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"| {caregivers:N0} | {threads} | {connections} | {engine.Average():0} ({engine.Min():0}–{engine.Max():0}) | {searches.Average():0} ({searches.Min():0}–{searches.Max():0}) | " +
                $"{Median(http.Select(output => Milliseconds(output, "50%"))):0.00} | {Median(http.Select(output => Milliseconds(output, "99%"))):0.00} | " +
                $"{100 * searches.Average() / engine.Average():0} % | {Number(RequestsPerSecond(), health):0} | {Milliseconds(health, "50%"):0.00} | {Milliseconds(health, "99%"):0.00} |");
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>
    /// 2-second runs of wrk on <paramref name="address"/> (with <paramref name="script"/>'s paths when given) until the
    /// JIT settles (<see cref="JitWarmup"/>).
    /// </summary>
    private Task<WarmupFigures> WarmUpWrkAsync(Uri address, string? script) =>
        JitWarmup.UntilSettledAsync(WarmupRounds, _ => RunWrkAsync(address, script, "2s"), log);

    private async Task<string> RunWrkAsync(Uri address, string? script, string duration)
    {
        List<string> arguments = [$"-t{threads}", $"-c{connections}", $"-d{duration}", "--latency"];
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }

        arguments.Add(address.ToString());
        var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("wrk did not start: install Debian's wrk package.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || output.Contains("Non-2xx", StringComparison.Ordinal) || !RequestsPerSecond().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk on {address} failed or some requests did (exit {wrk.ExitCode}):\n{output}");
        }

        return output;
    }

    /// <summary>The middle value; with an even count, the mean of the two middle ones.</summary>
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Number(Regex pattern, string output) =>
        double.Parse(pattern.Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>A latency percentile of wrk's distribution, converted to milliseconds.</summary>
    private static double Milliseconds(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
