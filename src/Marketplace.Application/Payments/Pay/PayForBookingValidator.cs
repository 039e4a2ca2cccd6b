using FluentValidation;
using Marketplace.Application.Common.Validation;

namespace Marketplace.Application.Payments.Pay;

public sealed class PayForBookingValidator : AbstractValidator<PayForBooking>
{
    public PayForBookingValidator() => RuleFor(c => c.Method).IsDefined();
}
