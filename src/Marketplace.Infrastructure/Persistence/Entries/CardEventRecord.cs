using Marketplace.Application.Payments;

namespace Marketplace.Infrastructure.Persistence.Entries;

/// <summary>A card processor's event acted on (a webhook): its id, so a replay is recognised, what it said and when. Never updated.</summary>
public sealed class CardEventRecord
{
    /// <summary>The processor's event id (<c>evt_…</c> on Stripe).</summary>
    public required string Id { get; init; }

    public required CardEventKind Kind { get; init; }

    /// <summary>The processor's payment the event is about (<c>pi_…</c>).</summary>
    public required string ProcessorPaymentId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
