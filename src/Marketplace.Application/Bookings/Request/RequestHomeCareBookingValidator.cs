using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Request;

public sealed class RequestHomeCareBookingValidator : AbstractValidator<RequestHomeCareBooking>
{
    public const int MinHours = 1;
    public const int MaxHours = 12;

    public RequestHomeCareBookingValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(c => c.CaregiverId).NotEmpty();
        RuleFor(c => c.RecipientId).NotEmpty();
        RuleFor(c => c.Start).InWholeMinutes().WithinHorizon(policy, clock);
        RuleFor(c => c.Hours).InclusiveBetween(MinHours, MaxHours).WithMessage("A visit lasts 1 to 12 whole hours.");
        RuleFor(c => c.RepeatWeekly!.Weeks).InclusiveBetween(1, VisitPlan.MaxWeeks)
            .WithMessage("Repeat for 1 to 12 weeks.").When(c => c.RepeatWeekly is not null);
        RuleForEach(c => c.RepeatWeekly!.Days).IsDefined().When(c => c.RepeatWeekly?.Days is not null);
        RuleFor(c => c.RepeatWeekly!.Days).NotNull().Must(days => days.Count <= 7)
            .WithMessage("Choose each day of the week at most once.").When(c => c.RepeatWeekly is not null);
    }
}
