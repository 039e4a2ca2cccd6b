using System.Diagnostics;
using System.Globalization;
using System.Net;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

public sealed record ScaleOutBenchmarkOptions(int Bookings, int SearchSeconds, int Concurrency);

/// <summary>
/// Bookings/s and searches/s through HTTP with one app process, then with two on the same PostgreSQL database (each
/// a separate process with its own Lucene index, requests dealt to them in turn as a round-robin balancer would), in
/// one run on one machine. Bookings are the demo family's, each for a distinct free two-hour window of a demo caregiver
/// who serves the family's home; searches are <see cref="SearchQueryMix"/>'s.
/// </summary>
public sealed class ScaleOutBenchmark(ScaleOutBenchmarkOptions options, TextWriter log)
{
    private const string Stop = "stop";

    private static readonly int[] StartHours = [8, 10, 12, 14];

    public async Task<string> RunAsync()
    {
        var database = TestDatabase.Postgres();
        var root = Directory.CreateTempSubdirectory("peduli-scale-out-").FullName;
        var instances = new List<AppProcess>();
        try
        {
            Settings settingsFor = name => InstanceSettings.OnPostgres(database, Path.Combine(root, name), Path.Combine(root, "documents"));
            database.CreateMigrated(root);
            await AppProcess.RunCommandAsync(settingsFor("migrate"), "migrate");
            instances.Add(await AppProcess.StartAsync("A", settingsFor("a")));
            var windows = await BookableWindowsAsync(instances[0]);
            log.WriteLine($"{windows.Count} bookable windows");

            var one = await MeasureAsync(instances, windows.Take(options.Bookings).ToList());
            instances.Add(await AppProcess.StartAsync("B", settingsFor("b")));
            var two = await MeasureAsync(instances, windows.Skip(options.Bookings).Take(options.Bookings).ToList());
            return string.Join('\n', one, two);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            await database.DropAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private delegate Dictionary<string, string> Settings(string instance);

    private sealed record Window(Guid CaregiverId, Guid RecipientId, DateTimeOffset Start);

    private async Task<string> MeasureAsync(List<AppProcess> instances, List<Window> windows)
    {
        var families = new List<HttpClient>();
        foreach (var instance in instances)
        {
            var family = instance.Client();
            await family.SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
            families.Add(family);
        }

        var booked = 0;
        var bookingClock = Stopwatch.StartNew();
        var bookingLatencies = await RunAsync(windows.Count, async i =>
        {
            var (caregiverId, recipientId, start) = windows[i];
            using var response = await families[i % families.Count].RequestHomeCareAsync(caregiverId, recipientId, start);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    Interlocked.Increment(ref booked);
                    return null;

                // Two requests for one caregiver changed her at once and the later lost (the aggregate's version), or the
                // demo data holds the window: an answer, timed, but not a booking.
                case HttpStatusCode.Conflict:
                    return null;
                default:
                    return $"booking {i} answered {(int)response.StatusCode}";
            }
        });
        var bookingsPerSecond = booked / bookingClock.Elapsed.TotalSeconds;

        // The instances keep real time, so the mix's visits fall in the two weeks from next Monday.
        var paths = SearchQueryMix.Paths(1_000, new Random(1234), SearchQueryMix.NextMonday(DateTimeOffset.UtcNow));
        var searchClock = Stopwatch.StartNew();
        var searches = 0;
        var searchLatencies = await RunAsync(int.MaxValue, async i =>
        {
            if (searchClock.Elapsed.TotalSeconds >= options.SearchSeconds)
            {
                return Stop;
            }

            Interlocked.Increment(ref searches);
            using var response = await families[i % families.Count].GetAsync(paths[i % paths.Count]);
            return response.IsSuccessStatusCode ? null : $"search {paths[i % paths.Count]} answered {(int)response.StatusCode}";
        });
        var searchesPerSecond = searches / searchClock.Elapsed.TotalSeconds;
        families.ForEach(family => family.Dispose());

        log.WriteLine($"{instances.Count} instance(s): {windows.Count} booking requests, {booked} booked, {searches} searches");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {instances.Count} | {windows.Count} | {booked} | {options.Concurrency} | {bookingsPerSecond:0} | {Percentile(bookingLatencies, 0.5):0.0} | {Percentile(bookingLatencies, 0.99):0.0} "
            + $"| {searchesPerSecond:0} | {Percentile(searchLatencies, 0.5):0.0} | {Percentile(searchLatencies, 0.99):0.0} |");
    }

    /// <summary>
    /// Runs <paramref name="send"/> for 0, 1, 2, … with <see cref="ScaleOutBenchmarkOptions.Concurrency"/> at a time until
    /// <paramref name="count"/> or until one answers <see cref="Stop"/>; any other answer but null is a failure. Returns the
    /// latencies in ms, sorted.
    /// </summary>
    private async Task<List<double>> RunAsync(int count, Func<int, Task<string?>> send)
    {
        var latencies = new List<double>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                var failure = await send(i);
                if (failure == Stop)
                {
                    return;
                }

                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (failure is not null)
                {
                    throw new InvalidOperationException(failure);
                }

                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
            }
        })));
        latencies.Sort();
        return latencies;
    }

    /// <summary>
    /// Every two-hour window of the working week (Monday to Friday, 8:00–16:00 WITA) from next week on, of each demo
    /// caregiver a search from the family's first person in care finds: windows no one has booked.
    /// </summary>
    private static async Task<List<Window>> BookableWindowsAsync(AppProcess instance)
    {
        using var family = instance.Client();
        await family.SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);
        var recipient = (await (await family.GetAsync("/api/v1/families/me/recipients")).EnsureSuccessStatusCode().ReadJsonAsync())[0];
        var recipientId = recipient.GetProperty("id").GetGuid();
        var address = recipient.GetProperty("address");
        var (lat, lon) = (address.GetProperty("lat").GetDouble(), address.GetProperty("lon").GetDouble());
        var found = await (await family.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/search/caregivers?lat={lat}&lon={lon}&radiusKm=50&pageSize=100")))
            .EnsureSuccessStatusCode().ReadJsonAsync();
        var caregivers = found.GetProperty("items").EnumerateArray().Select(hit => hit.GetProperty("id").GetGuid()).ToList();

        var monday = TestBookings.Next(DayOfWeek.Monday, 0);
        return [.. from week in Enumerable.Range(0, 45)
                   from day in Enumerable.Range(0, 5)
                   from hour in StartHours
                   from caregiverId in caregivers
                   select new Window(caregiverId, recipientId, monday.AddDays((7 * week) + day).AddHours(hour))];
    }

    private static double Percentile(List<double> sorted, double share) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, share * sorted.Count)];
}
