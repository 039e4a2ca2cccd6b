using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.CarePlans.View;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.CarePlans.Write;

/// <summary>
/// The family's care manager writes (or rewrites) a person's care plan: goals, tasks and thresholds replace what it
/// said. Only the care manager the family chose, while its consent stands: 403 for the family, 404 for anyone else.
/// Omitted thresholds keep the plan's (the defaults for a first plan). Answers the plan with this week's progress.
/// </summary>
public sealed record WriteCarePlan(
    Guid RecipientId, IReadOnlyList<string>? Goals, IReadOnlyList<CarePlanTaskInput>? Tasks, AlertThresholds? Thresholds = null)
    : ICommand<CarePlanView>;

/// <summary>A task as a request carries it: a visit-checklist slug, times a week (1 to 21), and optional details.</summary>
public sealed record CarePlanTaskInput(string? Task, int? TimesPerWeek, string? Details = null);

public sealed class WriteCarePlanHandler(
    ICurrentUser currentUser, RecipientReaders readers, IFamilyRepository families, ICaregiverRepository caregivers,
    ICarePlanRepository plans, CareWeeks weeks, TimeProvider clock)
    : ICommandHandler<WriteCarePlan, CarePlanView>
{
    public const string OnlyCareManager = "Only the family's care manager writes the care plan.";

    public async ValueTask<CarePlanView> Handle(WriteCarePlan command, CancellationToken cancellationToken)
    {
        var (family, purpose) = await readers.RequireAsync(command.RecipientId, cancellationToken);
        var userId = currentUser.RequireUserId();
        if (purpose == AccessPurpose.OwnFamily || !currentUser.IsInRole(AccountRoles.Caregiver)
            || !await families.IsManagedByAsync(family.Id, userId, cancellationToken))
        {
            throw new ForbiddenException(OnlyCareManager);
        }

        var careManagerId = await caregivers.FindIdByUserAsync(userId, cancellationToken) ?? throw new ForbiddenException(OnlyCareManager);
        var plan = await plans.FindByRecipientAsync(command.RecipientId, cancellationToken);
        var content = new CarePlanContent(
            command.Goals!,
            [.. command.Tasks!.Select(t => new CarePlanTask(t.Task!, t.TimesPerWeek!.Value, t.Details ?? string.Empty))],
            command.Thresholds ?? plan?.Content.Thresholds ?? AlertThresholds.Default);
        var now = clock.GetUtcNow();
        if (plan is null)
        {
            plan = CarePlan.Write(command.RecipientId, family.Id, careManagerId, content, now);
            plans.Add(plan);
        }
        else
        {
            plan.Revise(careManagerId, content, now);
        }

        return await weeks.ViewAsync(family.Recipient(command.RecipientId), plan, null, youMayWrite: true, youMayLog: false, cancellationToken);
    }
}
