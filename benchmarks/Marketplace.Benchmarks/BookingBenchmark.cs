using System.Diagnostics;
using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

public sealed record BookingBenchmarkOptions(int Existing, int Requests, int Concurrency);

/// <summary>
/// Home-care bookings created through the real HTTP API (Kestrel on loopback, bearer sign-in, the whole
/// pipeline and database guard), each for a distinct caregiver and a free hour, on top of
/// <see cref="BookingBenchmarkOptions.Existing"/> bookings already in the database.
/// </summary>
public sealed class BookingBenchmark(MarketplaceAppFactory app, BookingBenchmarkOptions options, TextWriter log)
{
    private const int WarmupRound = 500;
    private const int WarmupRounds = 40;

    public async Task<BookingBenchmarkResult> RunAsync()
    {
        var address = app.ServeOnLoopback();
        using var client = new HttpClient { BaseAddress = address };
        await client.SignInAsNewFamilyAsync(app);
        var recipientId = await client.AddRecipientAsync();

        var seed = new BookingSeed(app, options.Existing);
        var seeding = Stopwatch.StartNew();
        var caregivers = await seed.RunAsync(recipientId, client, log);
        log.WriteLine($"seeded {caregivers.Count} caregivers and {options.Existing} bookings in {seeding.Elapsed.TotalSeconds:0.0} s");
        await app.WaitForQuietOutboxAsync();

        // Each request books a distinct caregiver's afternoon on a day no seeded booking uses: the warm-up on even
        // days, the timed requests on odd ones.
        var warmup = await JitWarmup.UntilSettledAsync(
            WarmupRounds, round => SendAsync(client, caregivers, recipientId, Enumerable.Range(round * WarmupRound, WarmupRound), day: 0), log);
        await app.WaitForQuietOutboxAsync();
        var clock = Stopwatch.StartNew();
        var latencies = await SendAsync(client, caregivers, recipientId, Enumerable.Range(0, options.Requests), day: 1);
        clock.Stop();
        var drained = await app.TimeUntilQuietOutboxAsync();
        return new BookingBenchmarkResult(options, clock.Elapsed, latencies, warmup.Rounds * WarmupRound, warmup.Settled, drained);
    }

    private async Task<List<double>> SendAsync(HttpClient client, IReadOnlyList<Marketplace.Application.Caregivers.Caregiver> caregivers, Guid recipientId, IEnumerable<int> requests, int day)
    {
        var latencies = new List<double>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (i, cancellationToken) =>
        {
            var start = BookingSeed.FreeAfternoon(day + (2 * (i / caregivers.Count)));
            var timer = Stopwatch.StartNew();
            using var response = await client.RequestHomeCareAsync(caregivers[i % caregivers.Count].Id, recipientId, start);
            timer.Stop();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"booking {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            lock (latencies)
            {
                latencies.Add(timer.Elapsed.TotalMilliseconds);
            }
        });
        return latencies;
    }
}
