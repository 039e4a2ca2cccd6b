using System.Net;
using System.Text.Json.Nodes;
using Marketplace.Application.Payments.Authorise;
using Marketplace.TestSupport;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Payments.CardPath;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>
/// Care that ends after a card authorisation would lapse (Stripe holds one for 7 days): a four-week weekly series paid
/// by card. The family saves its card at checkout, which confirms the booking; the price is authorised on it off
/// session once the care's end is within the hold (or at once when a late cancellation leaves a charge), and captured
/// when the care is over. A saved card that Stripe refuses leaves the family to pay the caregiver directly.
/// </summary>
public abstract class SavedCardPaymentTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : StripeAppFactory
{
    private const long FourVisitsIdr = 480_000;

    private FakeStripe Stripe => app.Stripe;

    [Fact]
    public async Task TheCardIsSavedAtCheckout_AuthorisedInTheLastWeek_AndCapturedOnceTheCareIsOver()
    {
        var booking = await app.AcceptedAsync([], weeks: 4);
        var lastVisit = booking.Start.AddDays(21);
        var paid = await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "card" });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.ReadJsonAsync();
        var paymentId = payment.GetProperty("id").GetGuid();

        var customer = Assert.Single(Stripe.RequestsTo("/v1/customers"), r => r.Form.GetValueOrDefault("metadata[payment_id]") == paymentId.ToString("D"));
        Assert.Equal($"customer:{paymentId:D}", customer.IdempotencyKey);
        var checkout = Assert.Single(Stripe.RequestsTo("/v1/checkout/sessions"), r => r.Form.GetValueOrDefault("setup_intent_data[metadata][payment_id]") == paymentId.ToString("D"));
        Assert.Equal(("setup", "idr", $"checkout:{paymentId:D}"), (checkout.Form["mode"], checkout.Form["currency"], checkout.IdempotencyKey));
        Assert.StartsWith("cus_test_", checkout.Form["customer"], StringComparison.Ordinal);
        Assert.DoesNotContain(checkout.Form.Keys, key => key.StartsWith("line_items", StringComparison.Ordinal) || key.StartsWith("payment_intent_data", StringComparison.Ordinal));

        var savedCard = await SaveCardAsync(new Uri(payment.GetProperty("checkoutUrl").GetString()!));
        Assert.Equal(("confirmed", "cardSaved", FourVisitsIdr), await StateAsync(booking.Family, booking.Id));
        Assert.DoesNotContain(Stripe.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[payment_id]") == paymentId.ToString("D"));

        foreach (var week in new[] { 0, 7, 14 })
        {
            await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start.AddDays(week));
        }

        // Held a day past the last visit's end, an authorisation made 6 days before it would lapse: not yet.
        Assert.Equal(0, await AuthoriseDueCardsAsync(at: lastVisit.AddDays(-6)));
        Assert.Equal(1, await AuthoriseDueCardsAsync(at: lastVisit.AddDays(-5), booking));
        Assert.Equal(0, await AuthoriseDueCardsAsync(at: lastVisit.AddDays(-4)));
        var authorisation = Assert.Single(Stripe.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[payment_id]") == paymentId.ToString("D"));
        Assert.Equal(
            ("48000000", "idr", checkout.Form["customer"], savedCard, "true", "true", "manual", $"authorise:{paymentId:D}"),
            (authorisation.Form["amount"], authorisation.Form["currency"], authorisation.Form["customer"], authorisation.Form["payment_method"],
                authorisation.Form["off_session"], authorisation.Form["confirm"], authorisation.Form["capture_method"], authorisation.IdempotencyKey));
        Assert.Equal(("confirmed", "authorised", FourVisitsIdr), await StateAsync(booking.Family, booking.Id));

        // Stripe's own report of the authorisation, maybe twice, changes nothing more.
        var reported = await Stripe.SendIntentEventAsync("payment_intent.amount_capturable_updated", Stripe.IntentOfPayment(paymentId));
        (await Stripe.DeliverAsync(reported)).EnsureSuccessStatusCode();
        Assert.Equal(("confirmed", "authorised", FourVisitsIdr), await StateAsync(booking.Family, booking.Id));

        await app.GiveVisitAsync(booking.Caregiver, booking.Id, lastVisit);
        using (app.Clock.TravelTo(lastVisit.AddHours(3)))
        {
            await Eventually.TrueAsync(async () => (await PaymentAsync(booking.Family, booking.Id)).GetProperty("status").GetString() == "received", "the card captured");
        }

        Assert.Equal("48000000", Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{Stripe.IntentOfPayment(paymentId)}/capture")).Form["amount_to_capture"]);
        Assert.Equal((0, -432_000, -48_000, FourVisitsIdr), await app.BalancesAsync(booking));
        await EarningsSayAsync(booking.Caregiver, earned: 432_000, received: 0, dueToYou: 432_000, cashOwed: 0);
        Assert.Equal(("completed", "received", 0), await StateAsync(booking.Family, booking.Id));
    }

    [Fact]
    public async Task ASavedCardStripeRefuses_LeavesTheConfirmedBookingToBePaidToTheCaregiverDirectly()
    {
        var booking = await app.AcceptedAsync([], weeks: 4);
        await SaveCardAsync(await OpenCardCheckoutAsync(booking));
        Stripe.FailNext("/v1/payment_intents", 402, "card_error", "authentication_required");

        Assert.Equal(1, await AuthoriseDueCardsAsync(at: booking.Start.AddDays(16), booking));
        Assert.Equal("offline", (await PaymentAsync(booking.Family, booking.Id)).GetProperty("provider").GetString());
        Assert.Equal(("confirmed", "pending", FourVisitsIdr), await StateAsync(booking.Family, booking.Id));
        Assert.Equal(0, Stripe.FailuresPending);

        (await booking.Caregiver.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments/received", new { amountIdr = 120_000, outstandingIdr = FourVisitsIdr }))
            .EnsureSuccessStatusCode();
        Assert.Equal(("confirmed", "partlyReceived", 360_000), await StateAsync(booking.Family, booking.Id));
    }

    [Fact]
    public async Task ALateCancellation_AuthorisesAndCapturesOnlyItsCharge_AndAnEarlyOneNeverTouchesTheCard()
    {
        var late = await app.AcceptedAsync([], weeks: 4);
        var latePayment = (await SaveCardAsync(await OpenCardCheckoutAsync(late)), await PaymentIdAsync(late));
        using (app.Clock.TravelTo(late.Start.AddHours(-5)))
        {
            (await late.Family.PostAsync($"/api/v1/bookings/{late.Id}/cancel", null)).EnsureSuccessStatusCode();
            await Eventually.TrueAsync(async () => (await PaymentAsync(late.Family, late.Id)).GetProperty("status").GetString() == "received", "the charge captured");
        }

        var charged = Assert.Single(Stripe.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[payment_id]") == latePayment.Item2.ToString("D"));
        Assert.Equal(("6000000", latePayment.Item1), (charged.Form["amount"], charged.Form["payment_method"]));
        Assert.Equal("6000000", Assert.Single(Stripe.RequestsTo($"/v1/payment_intents/{Stripe.IntentOfPayment(latePayment.Item2)}/capture")).Form["amount_to_capture"]);
        Assert.Equal((0, -54_000, -6_000, 60_000), await app.BalancesAsync(late));

        var early = await app.AcceptedAsync([], weeks: 4);
        await SaveCardAsync(await OpenCardCheckoutAsync(early));
        var earlyPayment = await PaymentIdAsync(early);
        (await early.Family.PostAsync($"/api/v1/bookings/{early.Id}/cancel", null)).EnsureSuccessStatusCode();
        Assert.Equal(("cancelled", "released", 0), await StateAsync(early.Family, early.Id));
        Assert.Equal(0, await AuthoriseDueCardsAsync(at: early.Start.AddDays(21)));
        Assert.DoesNotContain(Stripe.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[payment_id]") == earlyPayment.ToString("D"));
        Assert.Equal((0, 0, 0, 0), await app.BalancesAsync(early));
    }

    /// <summary>The family saves its card on the fake's setup page, which sends <c>setup_intent.succeeded</c>; answers the saved payment method's id.</summary>
    private async Task<string> SaveCardAsync(Uri checkoutUrl)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var before = Stripe.Events.Count;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync(checkoutUrl, null)).StatusCode);
        var saved = JsonNode.Parse(Stripe.Events.Skip(before).Single())!;
        Assert.Equal("setup_intent.succeeded", saved["type"]!.GetValue<string>());
        return saved["data"]!["object"]!["payment_method"]!.GetValue<string>();
    }

    /// <summary>
    /// Runs the scheduled authorisation of saved cards on the app's clock at <paramref name="at"/>; answers how many it
    /// asked for, and with <paramref name="waitFor"/>, waits there until that booking's card is no longer only saved.
    /// </summary>
    private async Task<int> AuthoriseDueCardsAsync(DateTimeOffset at, Accepted? waitFor = null)
    {
        using (app.Clock.TravelTo(at))
        {
            var asked = await app.InScopeAsync(async services => await services.GetRequiredService<IMediator>().Send(new AuthoriseSavedCards()));
            if (waitFor is not null)
            {
                await Eventually.TrueAsync(
                    async () => (await PaymentAsync(waitFor.Family, waitFor.Id)) is var payment
                        && (payment.GetProperty("status").GetString() != "cardSaved" || payment.GetProperty("provider").GetString() == "offline"),
                    "the saved card authorised or refused");
            }

            return asked;
        }
    }

    private static async Task<Guid> PaymentIdAsync(Accepted booking) => (await PaymentAsync(booking.Family, booking.Id)).GetProperty("id").GetGuid();
}

public sealed class SavedCardPaymentOnSqlite(SqliteStripeAppFactory app) : SavedCardPaymentTests<SqliteStripeAppFactory>(app);

public sealed class SavedCardPaymentOnPostgres(PostgresStripeAppFactory app) : SavedCardPaymentTests<PostgresStripeAppFactory>(app);
