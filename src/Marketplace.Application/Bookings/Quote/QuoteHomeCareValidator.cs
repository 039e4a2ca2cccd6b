using FluentValidation;
using Marketplace.Application.Bookings.Request;
using Marketplace.Application.Common.Validation;

namespace Marketplace.Application.Bookings.Quote;

/// <summary>The lengths a request may have: a visit of 1 to 12 hours, repeated on distinct days for 1 to 12 weeks.</summary>
public sealed class QuoteHomeCareValidator : AbstractValidator<QuoteHomeCare>
{
    public QuoteHomeCareValidator()
    {
        RuleFor(q => q.CaregiverId).NotEmpty();
        RuleFor(q => q.Hours).InclusiveBetween(RequestHomeCareBookingValidator.MinHours, RequestHomeCareBookingValidator.MaxHours)
            .WithMessage("A visit lasts 1 to 12 whole hours.");
        RuleFor(q => q.RepeatWeekly!.Weeks).InclusiveBetween(1, VisitPlan.MaxWeeks)
            .WithMessage("Repeat for 1 to 12 weeks.").When(q => q.RepeatWeekly is not null);
        RuleForEach(q => q.RepeatWeekly!.Days).IsDefined().When(q => q.RepeatWeekly?.Days is not null);
        RuleFor(q => q.RepeatWeekly!.Days).NotNull().Must(days => days.Count <= 7)
            .WithMessage("Choose each day of the week at most once.").When(q => q.RepeatWeekly is not null);
    }
}
