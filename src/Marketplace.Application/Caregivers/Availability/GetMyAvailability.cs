using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Availability;

public sealed record GetMyAvailability : IQuery<AvailabilityView>;

public sealed class GetMyAvailabilityHandler(ICurrentUser currentUser, ICaregiverRepository caregivers)
    : IQueryHandler<GetMyAvailability, AvailabilityView>
{
    public async ValueTask<AvailabilityView> Handle(GetMyAvailability query, CancellationToken cancellationToken) =>
        AvailabilityView.Of(await caregivers.GetOwnAsync(currentUser, cancellationToken));
}
