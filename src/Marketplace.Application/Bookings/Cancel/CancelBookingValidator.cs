using FluentValidation;
using Marketplace.Application.Payments.Receive;

namespace Marketplace.Application.Bookings.Cancel;

public sealed class CancelBookingValidator : AbstractValidator<CancelBooking>
{
    public CancelBookingValidator() => RuleFor(c => c.ExpectedChargeIdr).InclusiveBetween(0, RecordPaymentReceivedValidator.MaxAmountIdr);
}
