using System.Diagnostics;
using System.Runtime;

namespace Marketplace.Benchmarks;

/// <summary>How a warm-up ended: requests sent, how long it took, and whether the JIT had settled by then.</summary>
public sealed record WarmupFigures(int Requests, TimeSpan Elapsed, bool Settled);

/// <summary>
/// Sends rounds of warm-up requests until the JIT has settled. .NET compiles a method quickly at first and again,
/// optimised, once it is hot (tiered compilation); with the app's tens of thousands of methods and both cores busy
/// with requests, that second pass took about a minute of load (measured 2026-12-02: 2,000 methods and 5 s of
/// compiling per 10 s at first, 44 methods per 10 s after). Timing before it ends measures the compiler, not a
/// server that has been up for an hour.
/// </summary>
public static class JitWarmup
{
    /// <summary>A round that compiles fewer methods than this (counted by <see cref="JitInfo.GetCompiledMethodCount"/>) ends the warm-up.</summary>
    private const long SettledMethods = 50;

    /// <summary>
    /// Runs <paramref name="round"/> (given the first request index and the round's size) until a round compiles
    /// fewer than 50 methods, or <paramref name="maxRounds"/> rounds have run; says which in <paramref name="log"/>.
    /// </summary>
    public static async Task<WarmupFigures> UntilSettledAsync(int roundSize, int maxRounds, Func<int, int, Task> round, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < maxRounds; i++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await round(i * roundSize, roundSize);
            var compiled = JitInfo.GetCompiledMethodCount() - before;
            if (compiled < SettledMethods)
            {
                log.WriteLine($"warm-up: the JIT settled after {(i + 1) * roundSize} requests in {clock.Elapsed.TotalSeconds:0} s (last round compiled {compiled} methods)");
                return new WarmupFigures((i + 1) * roundSize, clock.Elapsed, Settled: true);
            }
        }

        log.WriteLine($"warm-up: the JIT had not settled after {maxRounds * roundSize} requests in {clock.Elapsed.TotalSeconds:0} s; timing anyway");
        return new WarmupFigures(maxRounds * roundSize, clock.Elapsed, Settled: false);
    }
}
