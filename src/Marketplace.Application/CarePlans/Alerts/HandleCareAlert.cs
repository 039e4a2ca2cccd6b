using FluentValidation;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.CarePlans.Alerts;

/// <summary>
/// The care manager records what they did about an alert (1 to <see cref="CareAlert.ActionMaxLength"/> characters),
/// e.g. "Called the family; the doctor at the puskesmas saw her the same day". Once: 409 when it was handled already;
/// 404 for anyone but the care manager of its family.
/// </summary>
public sealed record HandleCareAlert(Guid Id, string? Action) : ICommand<CareAlertView>;

public sealed class HandleCareAlertValidator : AbstractValidator<HandleCareAlert>
{
    public HandleCareAlertValidator() => RuleFor(c => c.Action).NotEmpty().MaximumLength(CareAlert.ActionMaxLength);
}

public sealed class HandleCareAlertHandler(
    ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers, ICarePlanRepository plans, TimeProvider clock)
    : ICommandHandler<HandleCareAlert, CareAlertView>
{
    public async ValueTask<CareAlertView> Handle(HandleCareAlert command, CancellationToken cancellationToken)
    {
        var (alert, family) = await plans.GetForCareManagerAsync(command.Id, currentUser, families, cancellationToken);
        var careManagerId = await caregivers.FindIdByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new NotFoundException("CareAlert", command.Id);
        alert.Handle(careManagerId, command.Action!, clock.GetUtcNow());
        return CareAlertView.Of(alert, family);
    }
}
