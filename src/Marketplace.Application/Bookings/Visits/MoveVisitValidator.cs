using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Visits;

public sealed class MoveVisitValidator : AbstractValidator<MoveVisit>
{
    public MoveVisitValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(c => c.VisitId).NotEmpty();
        RuleFor(c => c.Start).InWholeMinutes().WithinHorizon(policy, clock);
    }
}
