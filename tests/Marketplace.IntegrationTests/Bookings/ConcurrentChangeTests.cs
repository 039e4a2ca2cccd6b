using System.Net;
using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>
/// Lost updates: requests that read one booking in the same state and change it at the same moment. Exactly
/// one change wins; every other gets a 409 saying so, and only the winner's email is queued.
/// </summary>
public abstract class ConcurrentChangeTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const int Racers = 50;

    [Fact]
    public async Task FiftyConcurrentAcceptsAndDeclines_ExactlyOneAnswerWins_AndOneEmailIsQueued()
    {
        var (caregiver, family, id) = await RequestedBookingAsync();

        var answers = await RaceAsync(i => caregiver.PostAsync($"/api/v1/bookings/{id}/{(i % 2 == 0 ? "accept" : "decline")}", null));

        Assert.Single(answers, a => a == HttpStatusCode.OK);
        Assert.Equal(Racers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        Assert.Equal(1, await QueuedEventsAsync(id, except: BookingEventKind.Requested));
        Assert.NotEqual("requested", (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task FiftyConcurrentAcceptsDeclinesAndCancels_NoChangeIsLost_AndEachWinnerQueuesOneEmail()
    {
        var (caregiver, family, id) = await RequestedBookingAsync();
        string[] actions = ["accept", "decline", "cancel"];

        var answers = await RaceAsync(i => (i % 3 == 2 ? family : caregiver).PostAsync($"/api/v1/bookings/{id}/{actions[i % 3]}", null));

        // Of the requests that read "requested", one wins; a cancel may follow an accept that had already
        // committed (a new, valid change of an accepted booking), never one that it did not see.
        var won = answers.Select((status, i) => (Action: actions[i % 3], status)).Where(a => a.status == HttpStatusCode.OK).Select(a => a.Action).ToList();
        Assert.InRange(won.Count, 1, 2);
        Assert.True(won.Count == 1 || won.Order().SequenceEqual(["accept", "cancel"]), string.Join(", ", won));
        Assert.All(answers.Where(a => a != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a));
        Assert.Equal(won.Count, await QueuedEventsAsync(id, except: BookingEventKind.Requested));
        var status = (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("status").GetString();
        Assert.Equal(won.Contains("cancel") ? "cancelled" : won[0] == "accept" ? "accepted" : "declined", status);
    }

    [Fact]
    public async Task OnThePages_EveryLoserOfTheRace_IsShownTheBookingAsStored()
    {
        var (caregiver, family, id) = await RequestedBookingAsync();
        var pages = await app.OnPagesAsync(caregiver);
        var token = await pages.AntiforgeryTokenAsync($"/bookings/{id}");

        var answers = await RaceAsync(async i =>
        {
            var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            return await pages.PostAsync($"/bookings/{id}/{(i % 2 == 0 ? "accept" : "decline")}", form);
        }, keepBodies: true);

        var stored = (await (await family.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync()).GetProperty("status").GetString();
        var shown = stored == "accepted" ? "data-testid=\"status\">Diterima<" : "data-testid=\"status\">Ditolak<";
        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.Status);
            Assert.Contains(shown, a.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AStaleSave_OfAnAggregateWhosePartChanged_IsRefused()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var id = await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 10), hours: 2);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();

        // Two contexts read the booking; one moves its visit (a change of a part only), the other saves after.
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Bookings.SingleAsync(b => b.Id == id);
        var theirs = await second.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Bookings.SingleAsync(b => b.Id == id);
        var now = DateTimeOffset.UtcNow;
        mine.MoveVisit(mine.Visits[0].Id, mine.Visits[0].StartsAt.AddHours(3), BookingSide.Family, now, now.AddYears(1), TimeSpan.FromDays(7));
        await first.ServiceProvider.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
        theirs.Cancel(BookingSide.Family, now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync());
    }

    [Fact]
    public async Task FiftyConcurrentPayments_ConfirmTheBookingOnce()
    {
        var (caregiver, family, id) = await RequestedBookingAsync();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();

        var answers = await RaceAsync(_ => family.PostJsonAsync($"/api/v1/bookings/{id}/payments", new { method = "offline" }));

        Assert.Single(answers, a => a == HttpStatusCode.Created);
        Assert.Equal(Racers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        // Accepted once, confirmed once.
        Assert.Equal(2, await QueuedEventsAsync(id, except: BookingEventKind.Requested));
    }

    [Fact]
    public async Task FiftyConcurrentRecordsOfOnePaymentReceived_RecordItOnce_InTheLedgerToo()
    {
        var (caregiver, family, id) = await RequestedBookingAsync();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);

        var answers = await RaceAsync(_ => caregiver.PostJsonAsync($"/api/v1/bookings/{id}/payments/received", new { amountIdr = 50_000, outstandingIdr = 120_000 }));

        Assert.Single(answers, a => a == HttpStatusCode.OK);
        Assert.Equal(Racers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        var received = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().LedgerEntries
            .Where(e => e.BookingId == id).Select(e => e.AmountIdr).ToListAsync());
        Assert.Equal([50_000L], received);
    }

    private async Task<(HttpClient Caregiver, HttpClient Family, Guid Id)> RequestedBookingAsync()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        return (caregiver, family, await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Friday, 10)));
    }

    /// <summary>Sends <see cref="Racers"/> requests at the same moment (request i from <paramref name="request"/>); returns their status codes in order.</summary>
    private static async Task<HttpStatusCode[]> RaceAsync(Func<int, Task<HttpResponseMessage>> request) =>
        [.. (await RaceAsync(request, keepBodies: false)).Select(a => a.Status)];

    private static async Task<(HttpStatusCode Status, string Body)[]> RaceAsync(Func<int, Task<HttpResponseMessage>> request, bool keepBodies)
    {
        using var gate = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, Racers).Select(async i =>
        {
            await gate.WaitAsync();
            var response = await request(i);
            return (response.StatusCode, keepBodies ? await response.Content.ReadAsStringAsync() : string.Empty);
        }).ToList();
        gate.Release(Racers);
        return await Task.WhenAll(racers);
    }

    private Task<int> QueuedEventsAsync(Guid bookingId, BookingEventKind except) =>
        app.InScopeAsync(async services =>
        {
            var type = OutboxHandlers.TypeName(typeof(BookingEvent));
            var payloads = await services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
                .Where(m => m.Type == type).Select(m => m.Payload).ToListAsync();
            return payloads.Select(p => System.Text.Json.JsonSerializer.Deserialize<BookingEvent>(p, System.Text.Json.JsonSerializerOptions.Web)!)
                .Count(e => e.BookingId == bookingId && e.Kind != except);
        });
}

public sealed class ConcurrentChangeOnSqlite(SqliteAppFactory app) : ConcurrentChangeTests<SqliteAppFactory>(app);

public sealed class ConcurrentChangeOnPostgres(PostgresAppFactory app) : ConcurrentChangeTests<PostgresAppFactory>(app);
