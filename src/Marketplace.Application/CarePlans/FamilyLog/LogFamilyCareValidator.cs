using FluentValidation;
using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.CarePlans.FamilyLog;

/// <summary>A day, and something recorded: a task, a note, a pressure or a fall; pressures a living person can show (as at check-out).</summary>
public sealed class LogFamilyCareValidator : AbstractValidator<LogFamilyCare>
{
    public const string Empty = "Record what was done: tick a task, write a note, or enter a blood pressure.";

    public LogFamilyCareValidator()
    {
        RuleFor(c => c.Day).NotNull().MustBePlausible();
        RuleFor(c => c.Tasks).HoldsAtMost(VisitTasks.All.Terms.Count);
        RuleForEach(c => c.Tasks).NotEmpty().Must(slug => VisitTasks.All.Contains(slug))
            .WithMessage("'{PropertyValue}' is not a task of the checklist; see /api/v1/visit-tasks.");
        RuleFor(c => c.Notes).MaximumLength(FamilyCareLog.NotesMaxLength);
        RuleFor(c => c.Tasks)
            .Must((c, tasks) => tasks is { Count: > 0 } || !string.IsNullOrWhiteSpace(c.Notes) || c.SystolicMmHg is not null
                || c.DiastolicMmHg is not null || c.Fell)
            .WithMessage(Empty);
        RuleFor(c => c.SystolicMmHg).InclusiveBetween(VitalSigns.MinSystolic, VitalSigns.MaxSystolic);
        RuleFor(c => c.DiastolicMmHg).InclusiveBetween(VitalSigns.MinDiastolic, VitalSigns.MaxDiastolic);
    }
}
