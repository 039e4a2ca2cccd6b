using System.Net;
using System.Text.Json.Nodes;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>The steps the card payment tests share: a checkout held on the card, the family paying on the fake's page, and the capture.</summary>
internal static class CardPath
{
    /// <summary>The day before the booking starts: a Tuesday-and-Thursday booking paid then ends within an authorisation's life.</summary>
    public static DateTimeOffset DayBefore(Accepted booking) => booking.Start.AddDays(-1);

    /// <summary>The family opens a card checkout for the booking <see cref="DayBefore"/> it starts; answers the checkout page's address.</summary>
    public static async Task<Uri> CardCheckoutAsync(this StripeAppFactory app, Accepted booking)
    {
        using (app.Clock.TravelTo(DayBefore(booking)))
        {
            return await OpenCardCheckoutAsync(booking);
        }
    }

    /// <summary>The family opens a card checkout for the booking now; answers the checkout page's address.</summary>
    public static async Task<Uri> OpenCardCheckoutAsync(Accepted booking)
    {
        var paid = await booking.Family.PostJsonAsync($"/api/v1/bookings/{booking.Id}/payments", new { method = "card" });
        Assert.True(paid.StatusCode == HttpStatusCode.Created, await paid.Content.ReadAsStringAsync());
        return new Uri((await paid.ReadJsonAsync()).GetProperty("checkoutUrl").GetString()!);
    }

    /// <summary>The family pays on the fake's checkout page, which sends the authorisation's webhook; answers the PaymentIntent's id.</summary>
    public static async Task<string> AuthoriseOnCheckoutAsync(this StripeAppFactory app, Uri checkoutUrl)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var before = app.Stripe.Events.Count;
        var paid = await browser.PostAsync(checkoutUrl, null);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var authorised = JsonNode.Parse(app.Stripe.Events.Skip(before).Single())!;
        return authorised["data"]!["object"]!["id"]!.GetValue<string>();
    }

    /// <summary>A Tuesday-and-Thursday booking paid by card, both visits given and the card captured; answers the PaymentIntent's id.</summary>
    public static async Task<string> DeliveredAndCapturedAsync(this StripeAppFactory app, Accepted booking)
    {
        var intent = await app.AuthoriseOnCheckoutAsync(await app.CardCheckoutAsync(booking));
        await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start);
        await app.GiveVisitAsync(booking.Caregiver, booking.Id, booking.Start.AddDays(2));
        await app.CapturedAsync(booking.Family, booking.Id, after: booking.Start.AddDays(2));
        return intent;
    }

    /// <summary>
    /// Waits for the outbox to capture the card, on the app's clock a little after the visit starting at
    /// <paramref name="after"/> (when the booking closed), since the capture is due from then.
    /// </summary>
    public static async Task CapturedAsync(this StripeAppFactory app, HttpClient family, Guid id, DateTimeOffset after)
    {
        using (app.Clock.TravelTo(after.AddHours(3)))
        {
            await Eventually.TrueAsync(async () => (await PaymentAsync(family, id)).GetProperty("status").GetString() == "received", "the card captured");
        }
    }
}
