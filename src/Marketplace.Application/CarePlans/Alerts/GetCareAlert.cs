using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.CarePlans.Alerts;

/// <summary>One alert, for the care manager of its family (404 for anyone else); the read is logged.</summary>
public sealed record GetCareAlert(Guid Id) : IQuery<CareAlertView>;

public sealed class GetCareAlertHandler(ICurrentUser currentUser, IFamilyRepository families, ICarePlanRepository plans, IRecipientAccessLog accessLog)
    : IQueryHandler<GetCareAlert, CareAlertView>
{
    public async ValueTask<CareAlertView> Handle(GetCareAlert query, CancellationToken cancellationToken)
    {
        var (alert, family) = await plans.GetForCareManagerAsync(query.Id, currentUser, families, cancellationToken);
        await accessLog.RecordCareAlertReadsAsync(HealthDataReader.Of(currentUser), [alert], cancellationToken);
        return CareAlertView.Of(alert, family);
    }
}
