namespace Marketplace.Infrastructure.Payments;

/// <summary>
/// The <c>Payments:Stripe</c> settings, used when <c>Payments:Processor</c> is <c>Stripe</c>. Keys come from user-secrets
/// or the environment (<c>Payments__Stripe__SecretKey</c>), never the repository.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    /// <summary>The secret API key (<c>sk_live_…</c> or <c>sk_test_…</c>).</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>) that every webhook's signature is checked with.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the API is; Stripe's own unless a test points it at a local fake.</summary>
    public Uri? ApiBase { get; set; }

    /// <summary>Where Stripe's hosted checkout pages are, which the site's forms may redirect to (its Content-Security-Policy).</summary>
    public Uri CheckoutOrigin { get; set; } = new("https://checkout.stripe.com");

    /// <summary>How old a webhook's signed timestamp may be, in seconds: Stripe's documented default of 300.</summary>
    public long WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>
    /// How many days Stripe holds a card authorisation before it lapses: 7 for online card payments. Care that ends
    /// later is paid with a card saved at checkout and authorised when its end comes within this.
    /// </summary>
    public int AuthorisationDays { get; set; } = 7;

    /// <summary>
    /// Stripe Connect: card charges for a provider who gave its connected account (<c>acct_…</c>) are destination
    /// charges to it, with the platform's commission as the application fee. Off by default: Stripe's self-serve
    /// cross-border payouts do not reach Indonesia, so providers are paid out by the platform's bank.
    /// </summary>
    public bool Connect { get; set; }
}

/// <summary>Which card processor takes cards (<c>Payments:Processor</c>).</summary>
public enum CardProcessorKind
{
    /// <summary>None: families pay offline (the embedded default).</summary>
    None,

    Stripe,
}
