using System.Diagnostics;
using System.Runtime;

namespace Marketplace.Benchmarks;

/// <summary>How a warm-up ended: rounds run, how long they took, and whether the JIT had settled by then.</summary>
public sealed record WarmupFigures(int Rounds, TimeSpan Elapsed, bool Settled);

/// <summary>
/// Runs rounds of warm-up load until the JIT has settled. .NET compiles a method quickly at first and again,
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
    /// Runs <paramref name="round"/> (given the round's index, from 0) until a round compiles fewer than 50 methods in
    /// this process, or <paramref name="maxRounds"/> rounds have run; says which in <paramref name="log"/>.
    /// </summary>
    public static async Task<WarmupFigures> UntilSettledAsync(int maxRounds, Func<int, Task> round, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < maxRounds; i++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await round(i);
            var compiled = JitInfo.GetCompiledMethodCount() - before;
            if (compiled < SettledMethods)
            {
                log.WriteLine($"warm-up: the JIT settled after {i + 1} rounds in {clock.Elapsed.TotalSeconds:0} s (the last compiled {compiled} methods)");
                return new WarmupFigures(i + 1, clock.Elapsed, Settled: true);
            }
        }

        log.WriteLine($"warm-up: the JIT had not settled after {maxRounds} rounds in {clock.Elapsed.TotalSeconds:0} s; timing anyway");
        return new WarmupFigures(maxRounds, clock.Elapsed, Settled: false);
    }
}
