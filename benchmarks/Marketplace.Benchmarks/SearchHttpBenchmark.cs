using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <summary>
/// GET /api/v1/search/caregivers under load from wrk on loopback: the whole app (Kestrel, routing,
/// validation, the Lucene index) with <c>caregivers</c> spread like people over South Sulawesi.
/// </summary>
public sealed partial class SearchHttpBenchmark(MarketplaceAppFactory app, int caregivers, int seconds, int connections, TextWriter log)
{
    public async Task<string> RunAsync()
    {
        var address = app.ServeOnLoopback();
        var seed = new CaregiverSeed(app);
        var clock = Stopwatch.StartNew();
        var written = await seed.RunAsync(caregivers, (_, random) => SouthSulawesiSpread.Point(random), new Random(7371));
        log.WriteLine($"wrote {caregivers} caregivers in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var indexed = await seed.RebuildSearchIndexAsync();
        log.WriteLine($"indexed {indexed} caregivers in {clock.Elapsed.TotalSeconds:0.0} s");

        var lag = await IndexLag.MeasureAsync(app, written, samples: 20, new Random(55));
        log.WriteLine($"a saved change became searchable after {lag.P50Ms:0} ms (p50), {lag.MaxMs:0} ms at most, of 20");

        var script = SearchQueryMix.WriteWrkScript(SearchQueryMix.Paths(1_000, new Random(1234)));
        try
        {
            await RunWrkAsync(script, address, "2s");
            var output = await RunWrkAsync(script, address, $"{seconds}s");
            log.WriteLine(output);
            return Row(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private async Task<string> RunWrkAsync(string script, Uri address, string duration)
    {
        var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{duration}", "--latency", "-s", script, address.ToString()])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("wrk did not start: install Debian's wrk package.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Some searches failed:\n{output}");
        }

        return output;
    }

    private string Row(string output) => string.Create(CultureInfo.InvariantCulture,
        $"| {caregivers:N0} | {connections} | {Number(RequestsPerSecond(), output):0} | {Milliseconds(output, "50%"):0.00} | {Milliseconds(output, "99%"):0.00} |");

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
