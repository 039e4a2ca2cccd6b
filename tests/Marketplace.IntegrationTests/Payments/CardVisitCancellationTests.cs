using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Payments.CardPath;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// A visit of a booking held on a card cancelled on its own, late: nothing is captured then; when the care is over the
/// card is captured for the visit given and the charge only, and the ledger balances after each step.
/// </summary>
public abstract class CardVisitCancellationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : StripeAppFactory
{
    [Fact]
    public async Task AHeldCard_IsCapturedForTheVisitGivenAndTheLateCharge_NotForTheVisitCancelled()
    {
        var booking = await app.AcceptedTuesdayAndThursdayAsync();
        var (caregiver, _, family, _, id, start) = booking;
        var intent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(booking));
        var tuesday = (await BookingAsync(family, id)).GetProperty("visits")[0].GetProperty("id").GetGuid();

        using (app.Clock.TravelTo(start.AddHours(-5)))
        {
            var preview = await (await family.GetAsync($"/api/v1/bookings/{id}/visits/{tuesday}/cancellation")).ReadJsonAsync();
            Assert.Equal(("stripe", 60_000L, 180_000L), (preview.GetProperty("paidBy").GetString(), Idr(preview, "chargeIdr"), Idr(preview, "familyShareAfterIdr")));
            (await family.PostJsonAsync($"/api/v1/bookings/{id}/visits/{tuesday}/cancel", new { expectedChargeIdr = 60_000 })).EnsureSuccessStatusCode();
        }

        Assert.Empty(app.Stripe.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal((60_000, -54_000, -6_000, 0), await app.BalancesAsync(booking));

        await app.GiveVisitAsync(caregiver, id, start.AddDays(2));
        await app.CapturedAsync(family, id, after: start.AddDays(2));

        Assert.Equal("18000000", Assert.Single(app.Stripe.RequestsTo($"/v1/payment_intents/{intent}/capture")).Form["amount_to_capture"]);
        Assert.Equal((0, -162_000, -18_000, 180_000), await app.BalancesAsync(booking));
        Assert.Equal(("completed", "received", 0), await StateAsync(family, id));
    }
}

public sealed class CardVisitCancellationOnSqlite(SqliteStripeAppFactory app) : CardVisitCancellationTests<SqliteStripeAppFactory>(app);

public sealed class CardVisitCancellationOnPostgres(PostgresStripeAppFactory app) : CardVisitCancellationTests<PostgresStripeAppFactory>(app);
