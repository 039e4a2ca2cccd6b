using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors.Statement;

public sealed class GetSponsorStatementValidator : AbstractValidator<GetSponsorStatement>
{
    /// <summary>The longest period one statement covers, in days: a year and a day, for a funder's annual report.</summary>
    public const int MaxDays = 366;

    public GetSponsorStatementValidator()
    {
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The period must end on or after the day it starts.");
        RuleFor(q => q.To)
            .Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber < MaxDays)
            .When(q => q.From is { } from && q.To is { } to && to >= from && PlausibleDates.IsPlausible(from) && PlausibleDates.IsPlausible(to))
            .WithMessage("Ask for at most 366 days at a time.");
    }
}
