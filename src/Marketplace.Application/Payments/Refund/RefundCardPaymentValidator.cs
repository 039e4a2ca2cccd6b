using FluentValidation;
using Marketplace.Application.Payments.Receive;

namespace Marketplace.Application.Payments.Refund;

public sealed class RefundCardPaymentValidator : AbstractValidator<RefundCardPayment>
{
    public RefundCardPaymentValidator() => RuleFor(c => c.AmountIdr).InclusiveBetween(1, RecordPaymentReceivedValidator.MaxAmountIdr);
}
