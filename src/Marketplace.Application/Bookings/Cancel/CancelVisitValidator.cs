using FluentValidation;
using Marketplace.Application.Payments.Receive;

namespace Marketplace.Application.Bookings.Cancel;

public sealed class CancelVisitValidator : AbstractValidator<CancelVisit>
{
    public CancelVisitValidator()
    {
        RuleFor(c => c.VisitId).NotEmpty();
        RuleFor(c => c.ExpectedChargeIdr).InclusiveBetween(0, RecordPaymentReceivedValidator.MaxAmountIdr);
    }
}
