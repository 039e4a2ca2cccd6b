using FluentValidation;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>Vital signs are checked against what a living person can show, to catch typos, not to diagnose.</summary>
public sealed class CheckOutVisitValidator : AbstractValidator<CheckOutVisit>
{
    public CheckOutVisitValidator()
    {
        RuleFor(c => c.Tasks).HoldsAtMost(VisitTasks.All.Terms.Count);
        RuleFor(c => c.Tasks).NotNull()
            .Must((c, tasks) => tasks.Count > 0 || !string.IsNullOrWhiteSpace(c.Notes)).WithMessage(VisitLog.EmptyRefusal);
        RuleForEach(c => c.Tasks).Must(VisitTasks.All.Contains).WithMessage("'{PropertyValue}' is not a task of the checklist; see /api/v1/visit-tasks.");
        RuleFor(c => c.Notes).MaximumLength(FieldLimits.VisitNotesMaxLength);
        RuleFor(c => c.Vitals!.SystolicMmHg).InclusiveBetween(VitalSigns.MinSystolic, VitalSigns.MaxSystolic).When(c => c.Vitals?.SystolicMmHg is not null);
        RuleFor(c => c.Vitals!.DiastolicMmHg).InclusiveBetween(VitalSigns.MinDiastolic, VitalSigns.MaxDiastolic).When(c => c.Vitals?.DiastolicMmHg is not null);
        RuleFor(c => c.Vitals!.PulsePerMinute).InclusiveBetween(20, 250).When(c => c.Vitals?.PulsePerMinute is not null);
        RuleFor(c => c.Vitals!.TemperatureCelsius).InclusiveBetween(30m, 45m).When(c => c.Vitals?.TemperatureCelsius is not null);
        RuleFor(c => c.Vitals!.BloodSugarMgDl).InclusiveBetween(20, 800).When(c => c.Vitals?.BloodSugarMgDl is not null);
    }
}
