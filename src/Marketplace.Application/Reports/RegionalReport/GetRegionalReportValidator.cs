using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Reports.RegionalReport;

public sealed class GetRegionalReportValidator : AbstractValidator<GetRegionalReport>
{
    public GetRegionalReportValidator()
    {
        RuleFor(q => q.AreaCode).Must(AreaCode.IsWellFormed).WithMessage("'{PropertyValue}' is not an area code such as 73, 73.71 or 73.71.10.");
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The period must end on or after the day it starts.");
        RuleFor(q => q.To)
            .Must((q, to) => ReportPeriod.IsReportable(q.From!.Value, to!.Value))
            .When(q => q.From is { } from && q.To is { } to && to >= from && PlausibleDates.IsPlausible(from) && PlausibleDates.IsPlausible(to))
            .WithMessage("Ask for at most 366 days at a time.");
    }
}
