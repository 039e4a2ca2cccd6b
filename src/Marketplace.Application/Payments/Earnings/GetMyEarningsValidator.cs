using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments.Earnings;

public sealed class GetMyEarningsValidator : AbstractValidator<GetMyEarnings>
{
    /// <summary>The longest period one answer covers, in months: enough for a two-year chart, small enough to stay quick.</summary>
    public const int MaxMonths = 24;

    public GetMyEarningsValidator(TimeProvider clock)
    {
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The period must end on or after the day it starts.");
        RuleFor(q => q.From)
            .Must((q, from) => from is not { } start || !PlausibleDates.IsPlausible(start) || (q.To ?? IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wita)) < start.AddMonths(MaxMonths))
            .WithMessage("Ask for at most 24 months at a time.");
    }
}
