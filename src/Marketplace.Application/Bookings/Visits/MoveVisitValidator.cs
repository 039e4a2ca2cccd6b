using FluentValidation;

namespace Marketplace.Application.Bookings.Visits;

public sealed class MoveVisitValidator : AbstractValidator<MoveVisit>
{
    public MoveVisitValidator(TimeProvider clock)
    {
        RuleFor(c => c.VisitId).NotEmpty();
        RuleFor(c => c.Start).GreaterThan(_ => clock.GetUtcNow()).WithMessage("A visit must start in the future.");
    }
}
