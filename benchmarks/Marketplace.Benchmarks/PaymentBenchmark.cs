using System.Diagnostics;
using System.Net;
using Marketplace.Application.SharedKernel;
using Marketplace.TestSupport;

namespace Marketplace.Benchmarks;

/// <param name="Existing">Paid bookings (with their ledger lines) in the database before the measurement.</param>
/// <param name="Requests">Paid bookings made while measuring.</param>
/// <param name="Concurrency">Families' journeys at once.</param>
/// <param name="CaregiverBookings">Of <paramref name="Existing"/>, how many are one caregiver's, whose earnings are read.</param>
public sealed record PaymentBenchmarkOptions(int Existing, int Requests, int Concurrency, int CaregiverBookings);

/// <summary>
/// Paid bookings through the real HTTP API (Kestrel on loopback): the family requests home care, the caregiver accepts
/// it, and the family confirms it by choosing to pay offline — three requests, each through the whole pipeline and its
/// database guards, timed together as one paid booking. On top of <see cref="PaymentBenchmarkOptions.Existing"/> paid
/// bookings whose ledger lines are already posted; then the earnings of a caregiver with
/// <see cref="PaymentBenchmarkOptions.CaregiverBookings"/> of them are read, as the API's statement and as the page.
/// </summary>
public sealed class PaymentBenchmark(MarketplaceAppFactory app, PaymentBenchmarkOptions options, TextWriter log)
{
    private const int WarmupRound = 250;
    private const int WarmupRounds = 20;
    private const int Caregivers = 40;

    // The other existing bookings' caregivers: 95,000 bookings are 190 days of one visit each.
    private const int OtherCaregivers = 500;
    private const int Reads = 200;
    private static readonly DateOnly FirstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

    public async Task<PaymentBenchmarkResult> RunAsync()
    {
        var address = app.ServeOnLoopback();
        var (familyClient, recipientId) = await app.NewFamilyAsync();
        using var family = OverHttp(familyClient, address);
        var familyAccount = await (await family.GetAsync("/api/v1/me")).ReadJsonAsync();
        var caregivers = new List<(HttpClient Client, Guid Id)>();
        for (var i = 0; i < Caregivers; i++)
        {
            var (client, id) = await app.NewBookableCaregiverAsync();
            caregivers.Add((OverHttp(client, address), id));
        }

        var earner = await (await caregivers[0].Client.GetAsync("/api/v1/me")).ReadJsonAsync();
        var seeding = Stopwatch.StartNew();
        var seed = new PaymentSeed(app);
        var bookingFamily = new BookingFamily(familyAccount.GetProperty("familyId").GetGuid(), familyAccount.GetProperty("id").GetGuid(), recipientId);
        await seed.ForOneCaregiverAsync(
            new PaymentSeed.Provider(earner.GetProperty("id").GetGuid(), caregivers[0].Id, "Pendamping Sibuk", Money.FromRupiah(60_000)), bookingFamily, options.CaregiverBookings);
        log.WriteLine($"seeded one caregiver's {options.CaregiverBookings} paid bookings in {seeding.Elapsed.TotalSeconds:0.0} s");
        var others = await new CaregiverSeed(app).RunAsync(OtherCaregivers, (_, random) => GeoPoint.Create(-5.20 + (random.NextDouble() * 0.02), 119.45 + (random.NextDouble() * 0.02)), new Random(7371));
        log.WriteLine($"seeded {others.Count} other caregivers by {seeding.Elapsed.TotalSeconds:0.0} s");
        await seed.ForManyCaregiversAsync([.. others.Select(PaymentSeed.Provider.Of)], bookingFamily, options.Existing - options.CaregiverBookings);
        await new CaregiverSeed(app).EndBulkLoadAsync();
        log.WriteLine($"seeded {options.Existing} paid bookings in {seeding.Elapsed.TotalSeconds:0.0} s");
        await app.WaitForQuietOutboxAsync();

        var warmup = await JitWarmup.UntilSettledAsync(
            WarmupRounds, round => PayAsync(family, caregivers, recipientId, Enumerable.Range(round * WarmupRound, WarmupRound)), log);
        var warmupBookings = warmup.Rounds * WarmupRound;
        await app.WaitForQuietOutboxAsync();
        var clock = Stopwatch.StartNew();
        var paid = await PayAsync(family, caregivers, recipientId, Enumerable.Range(warmupBookings, options.Requests));
        clock.Stop();
        var drained = await app.TimeUntilQuietOutboxAsync();

        using var pages = await SignInOnPagesAsync(address, earner.GetProperty("email").GetString()!);
        var statement = await ReadAsync(caregivers[0].Client, "/api/v1/caregivers/me/earnings");
        var page = await ReadAsync(pages, "/earnings");
        return new PaymentBenchmarkResult(options, new BookingBenchmarkResult(new BookingBenchmarkOptions(options.Existing, options.Requests, options.Concurrency), clock.Elapsed, paid, warmupBookings, warmup.Settled, drained), statement, page);
    }

    /// <summary>
    /// One paid booking per slot: slot <c>s</c> is caregiver <c>s mod 40</c>'s afternoon (14:00 or 16:00 WITA) on a day
    /// no seeded booking uses, so every request must succeed.
    /// </summary>
    private async Task<List<double>> PayAsync(HttpClient family, List<(HttpClient Client, Guid Id)> caregivers, Guid recipientId, IEnumerable<int> slots)
    {
        var latencies = new List<double>();
        await Parallel.ForEachAsync(slots, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (slot, cancellationToken) =>
        {
            var (caregiver, caregiverId) = caregivers[slot % caregivers.Count];
            var round = slot / caregivers.Count;
            var start = IndonesianTimeZones.ToInstant(FirstDay.AddDays(round / 2), new TimeOnly(14 + (2 * (round % 2)), 0), IndonesianTimeZones.Wita);
            var timer = Stopwatch.StartNew();
            using var requested = await family.RequestHomeCareAsync(caregiverId, recipientId, start);
            var id = (await Succeeded(requested, HttpStatusCode.Created, slot)).GetProperty("id").GetGuid();
            using var accepted = await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null, cancellationToken);
            await Succeeded(accepted, HttpStatusCode.OK, slot);
            using var payment = await family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" });
            await Succeeded(payment, HttpStatusCode.Created, slot);
            timer.Stop();
            lock (latencies)
            {
                latencies.Add(timer.Elapsed.TotalMilliseconds);
            }
        });
        return latencies;
    }

    private static async Task<System.Text.Json.JsonElement> Succeeded(HttpResponseMessage response, HttpStatusCode expected, int slot) =>
        response.StatusCode == expected
            ? await response.ReadJsonAsync()
            : throw new InvalidOperationException($"paid booking {slot} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    /// <summary><see cref="Reads"/> sequential reads of <paramref name="path"/> after ten to warm up, each timed.</summary>
    private static async Task<ReadFigures> ReadAsync(HttpClient client, string path)
    {
        var latencies = new List<double>(Reads);
        for (var i = -10; i < Reads; i++)
        {
            var timer = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            timer.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
            }

            if (i >= 0)
            {
                latencies.Add(timer.Elapsed.TotalMilliseconds);
            }
        }

        return ReadFigures.Of(path, latencies);
    }

    /// <summary>A client over real HTTP on loopback holding <paramref name="helper"/>'s bearer sign-in.</summary>
    private static HttpClient OverHttp(HttpClient helper, Uri address)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = helper.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>A cookie session over real HTTP, signed in through the sign-in form.</summary>
    private static async Task<HttpClient> SignInOnPagesAsync(Uri address, string email)
    {
        var pages = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var response = await pages.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = Accounts.Password });
        return response.StatusCode == HttpStatusCode.Redirect ? pages : throw new InvalidOperationException($"signing in on the pages answered {(int)response.StatusCode}");
    }
}
