using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Calendar;

public sealed class GetMyCalendarValidator : AbstractValidator<GetMyCalendar>
{
    /// <summary>Six weeks: a month's grid from the Monday before its first day to the Sunday after its last.</summary>
    public const int MaxDays = 42;

    public GetMyCalendarValidator()
    {
        RuleFor(q => q.First).MustBePlausible();
        RuleFor(q => q.End).MustBePlausible();
        RuleFor(q => q.End).GreaterThan(q => q.First).WithMessage("The end must come after the start.");
        RuleFor(q => q.End).Must((q, end) => end.DayNumber - q.First.DayNumber <= MaxDays).WithMessage("Ask for at most six weeks at a time.");
    }
}
