using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Payments;

/// <summary>
/// The authorisation of a card the family saved at checkout, performed by the outbox after the change that asked for
/// it is saved: <see cref="AmountIdr"/> whole Rupiah on the customer's (<see cref="CustomerId"/>) saved payment method
/// (<see cref="PaymentMethodId"/>) for booking <see cref="BookingId"/>'s payment <see cref="PaymentId"/>. With
/// <see cref="PayeeAccountId"/>, the charge goes to the provider's own processor account less
/// <see cref="PlatformFeeIdr"/>.
/// </summary>
[OutboxMessage("card-authorisation")]
public sealed record CardAuthorisationDue(
    Guid BookingId, Guid PaymentId, string CustomerId, string PaymentMethodId, long AmountIdr, string? PayeeAccountId = null, long PlatformFeeIdr = 0);
