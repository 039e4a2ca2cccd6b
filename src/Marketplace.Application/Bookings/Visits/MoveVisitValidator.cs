using FluentValidation;

namespace Marketplace.Application.Bookings.Visits;

public sealed class MoveVisitValidator : AbstractValidator<MoveVisit>
{
    public MoveVisitValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(c => c.VisitId).NotEmpty();
        RuleFor(c => c.Start).WithinHorizon(policy, clock);
    }
}
