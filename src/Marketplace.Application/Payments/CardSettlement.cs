using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Payments;

/// <summary>
/// The end of a card payment, performed by the outbox after the change that asked for it is saved: capture
/// <see cref="CaptureIdr"/> whole Rupiah of the authorisation <see cref="ProcessorPaymentId"/> (what the care cost), or
/// release it when that is zero. The rest of the authorisation is released with the capture. When the charge goes to
/// the provider's own processor account, the platform keeps <see cref="PlatformFeeIdr"/> of it.
/// </summary>
[OutboxMessage("card-settlement")]
public sealed record CardSettlement(Guid BookingId, Guid PaymentId, string ProcessorPaymentId, long CaptureIdr, long? PlatformFeeIdr = null);
