using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.CarePlans.Alerts;

/// <summary>
/// A care manager's alerts: those of the families that chose them (a family that chose another is no longer theirs),
/// at most <see cref="Limit"/>; with <see cref="Status"/> only those. Open before handled, the most urgent first,
/// then the oldest. 403 for anyone not a caregiver; a caregiver managing nobody gets none.
/// </summary>
public sealed record ListMyCareAlerts(CareAlertStatus? Status = null) : IQuery<IReadOnlyList<CareAlertView>>
{
    public const int Limit = 200;
}

public sealed class ListMyCareAlertsValidator : AbstractValidator<ListMyCareAlerts>
{
    public ListMyCareAlertsValidator() => RuleFor(q => q.Status).IsDefined();
}

public sealed class ListMyCareAlertsHandler(
    ICurrentUser currentUser, IFamilyRepository families, ICarePlanRepository plans, IRecipientAccessLog accessLog)
    : IQueryHandler<ListMyCareAlerts, IReadOnlyList<CareAlertView>>
{
    public async ValueTask<IReadOnlyList<CareAlertView>> Handle(ListMyCareAlerts query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Caregiver, "Only a care manager reads care alerts.");
        var reader = HealthDataReader.Of(currentUser);
        var managed = (await families.ListManagedByAsync(reader.UserId, cancellationToken)).ToDictionary(f => f.Id);
        if (managed.Count == 0)
        {
            return [];
        }

        // A person the family removed keeps their alerts for the record, but they are no longer anyone's to act on.
        var alerts = (await plans.ListAlertsAsync([.. managed.Keys], query.Status, ListMyCareAlerts.Limit, cancellationToken))
            .Where(a => managed[a.FamilyId].Recipients.Any(r => r.Id == a.RecipientId))
            .ToList();
        await accessLog.RecordCareAlertReadsAsync(reader, alerts, cancellationToken);
        return [.. alerts.Select(a => CareAlertView.Of(a, managed[a.FamilyId]))];
    }
}
