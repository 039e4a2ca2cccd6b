using FluentValidation;

namespace Marketplace.Application.Bookings.Cancel;

public sealed class CancelBookingValidator : AbstractValidator<CancelBooking>
{
    public CancelBookingValidator() => RuleFor(c => c.ExpectedChargeIdr).GreaterThanOrEqualTo(0);
}
