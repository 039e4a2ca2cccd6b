using System.Text.Json;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>The steps and readings every payment test shares: a booking to pay, visits given, and the ledger's balances.</summary>
internal static class MoneyPath
{
    private static readonly string[] TasksDone = ["companionship"];

    /// <summary>The parties of a booking and where it starts.</summary>
    public sealed record Accepted(HttpClient Caregiver, Guid CaregiverId, HttpClient Family, Guid FamilyId, Guid Id, DateTimeOffset Start);

    public static long Idr(JsonElement element, string name) => element.GetProperty(name).GetInt64();

    public static async Task<JsonElement> BookingAsync(HttpClient reader, Guid id) => await (await reader.GetAsync($"/api/v1/bookings/{id}")).ReadJsonAsync();

    public static async Task<JsonElement> PaymentAsync(HttpClient reader, Guid id) => (await BookingAsync(reader, id)).GetProperty("payment");

    /// <summary>The booking's status, its payment's status and what is still owed, as <paramref name="reader"/> sees them.</summary>
    public static async Task<(string? Booking, string? Payment, long Outstanding)> StateAsync(HttpClient reader, Guid id)
    {
        var booking = await BookingAsync(reader, id);
        var payment = booking.GetProperty("payment");
        return (booking.GetProperty("status").GetString(), payment.GetProperty("status").GetString(), Idr(payment, "outstandingIdr"));
    }

    /// <summary>A weekly series of two 2-hour visits at Rp 60.000 an hour (Rp 120.000 each, 10 % commission), accepted.</summary>
    public static Task<Accepted> AcceptedWeeklyAsync(this MarketplaceAppFactory app) => app.AcceptedAsync(Array.Empty<string>(), weeks: 2);

    /// <summary>
    /// Two 2-hour visits at Rp 60.000 an hour, on a Tuesday and the Thursday after (<see cref="Accepted.Start"/> plus
    /// two days), accepted: care short enough to be held on a card paid for the day before.
    /// </summary>
    public static Task<Accepted> AcceptedTuesdayAndThursdayAsync(this MarketplaceAppFactory app) => app.AcceptedAsync(["thursday"], weeks: 1);

    /// <summary>Home care from next week's Tuesday at 09:00 WITA, repeated on <paramref name="days"/> for <paramref name="weeks"/>, accepted.</summary>
    public static async Task<Accepted> AcceptedAsync(this MarketplaceAppFactory app, string[] days, int weeks)
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Tuesday, 9);
        var response = await family.RequestHomeCareAsync(caregiverId, recipientId, start, repeatWeekly: new { days, weeks });
        response.EnsureSuccessStatusCode();
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        var familyId = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("familyId").GetGuid();
        return new Accepted(caregiver, caregiverId, family, familyId, id, start);
    }

    /// <summary>The caregiver checks in five minutes before <paramref name="start"/> and out two hours later.</summary>
    public static async Task GiveVisitAsync(this MarketplaceAppFactory app, HttpClient caregiver, Guid id, DateTimeOffset start)
    {
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{id}/check-out", new { tasks = TasksDone })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// The family's, the caregiver's, the platform commission's and the card clearing account's balances, read from the
    /// ledger lines of the booking; with a sponsor programme's accounts, they always sum to zero.
    /// </summary>
    public static async Task<(long Family, long Caregiver, long Commission, long CardClearing)> BalancesAsync(this MarketplaceAppFactory app, Accepted booking)
    {
        var userId = (await (await booking.Caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var lines = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().LedgerEntries
            .Where(e => e.BookingId == booking.Id).ToListAsync());
        long Balance(string account) => lines.Where(e => e.DebitAccount == account).Sum(e => e.AmountIdr) - lines.Where(e => e.CreditAccount == account).Sum(e => e.AmountIdr);
        var balances = (Balance(LedgerAccount.Family(booking.FamilyId)), Balance(LedgerAccount.Provider(userId)), Balance(LedgerAccount.PlatformCommission), Balance(LedgerAccount.CardClearing));
        var sponsors = lines.SelectMany(e => new[] { e.DebitAccount, e.CreditAccount }).Where(a => a.StartsWith("sponsor", StringComparison.Ordinal)).Distinct().Sum(Balance);
        Assert.Equal(0, balances.Item1 + balances.Item2 + balances.Item3 + balances.Item4 + sponsors);
        return balances;
    }

    /// <summary>The caregiver's earnings over the months around today say these figures, and its months add up to them.</summary>
    public static async Task EarningsSayAsync(HttpClient caregiver, long earned, long received, long dueToYou, long cashOwed)
    {
        // Visits are given a few days ahead on the test's clock: the period reaches past them.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}";
        var earnings = await (await caregiver.GetAsync($"/api/v1/caregivers/me/earnings?{period}")).ReadJsonAsync();
        Assert.Equal((earned, received, dueToYou, cashOwed), (Idr(earnings, "earnedIdr"), Idr(earnings, "receivedIdr"), Idr(earnings, "dueToYouIdr"), Idr(earnings, "cashOwedIdr")));
        var months = earnings.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(earned, months.Sum(m => Idr(m, "earnedIdr")));
        Assert.Equal(received, months.Sum(m => Idr(m, "receivedIdr")));
    }
}
