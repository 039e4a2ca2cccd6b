using FluentValidation;

namespace Marketplace.Application.Bookings.Cancel;

public sealed class CancelVisitValidator : AbstractValidator<CancelVisit>
{
    public CancelVisitValidator()
    {
        RuleFor(c => c.VisitId).NotEmpty();
        RuleFor(c => c.ExpectedChargeIdr).GreaterThanOrEqualTo(0);
    }
}
