using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.View;

public sealed class GetMyScheduleValidator : AbstractValidator<GetMySchedule>
{
    /// <summary>A month and a little: the longest view the calendar shows.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(42);

    public GetMyScheduleValidator()
    {
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        RuleFor(q => q.To).GreaterThan(q => q.From).WithMessage("The end must come after the start.");
        RuleFor(q => q.To).Must((q, to) => to - q.From <= MaxSpan).WithMessage("Ask for at most six weeks at a time.");
    }
}
