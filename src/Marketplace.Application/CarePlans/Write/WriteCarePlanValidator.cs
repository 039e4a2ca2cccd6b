using FluentValidation;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.CarePlans.Write;

/// <summary>Goals and tasks are given (empty lists to plan none) and bounded; each task is a checklist task planned once, due 1 to 21 times a week; blood pressure limits are pressures a person can have.</summary>
public sealed class WriteCarePlanValidator : AbstractValidator<WriteCarePlan>
{
    public const string TaskTwice = "Each task is planned once; say in its details when it is done.";

    public WriteCarePlanValidator()
    {
        RuleFor(c => c.Goals).NotNull().HoldsAtMost(CarePlan.MaxGoals);
        RuleForEach(c => c.Goals).NotEmpty().MaximumLength(CarePlan.GoalMaxLength);
        RuleFor(c => c.Tasks).NotNull().HoldsAtMost(VisitTasks.All.Terms.Count);
        RuleFor(c => c.Tasks).Must(tasks => tasks is null || tasks.Select(t => t?.Task).Distinct(StringComparer.Ordinal).Count() == tasks.Count)
            .WithMessage(TaskTwice);
        RuleForEach(c => c.Tasks).NotNull().ChildRules(task =>
        {
            task.RuleFor(t => t.Task).NotEmpty().Must(slug => VisitTasks.All.Contains(slug!))
                .WithMessage("'{PropertyValue}' is not a task of the checklist; see /api/v1/visit-tasks.");
            task.RuleFor(t => t.TimesPerWeek).NotNull().InclusiveBetween(1, CarePlan.MaxTimesPerWeek);
            task.RuleFor(t => t.Details).MaximumLength(CarePlan.TaskDetailsMaxLength);
        });
        RuleFor(c => c.Thresholds!.SystolicAtLeast).InclusiveBetween(100, 250).When(c => c.Thresholds?.SystolicAtLeast is not null);
        RuleFor(c => c.Thresholds!.DiastolicAtLeast).InclusiveBetween(60, 150).When(c => c.Thresholds?.DiastolicAtLeast is not null);
        RuleFor(c => c.Thresholds!.SystolicAtMost).InclusiveBetween(60, 120).When(c => c.Thresholds?.SystolicAtMost is not null);
    }
}
