using Marketplace.Application.Bookings;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// Where the use cases that learn something about a person (a visit's check-out, a no-show, a visit the provider
/// cancelled, a complaint, a family's log) hand it to the person's care plan: the alerts its thresholds raise are
/// added to the same unit of work, so an alert exists exactly when the observation was saved. A person without a
/// plan raises none: the thresholds are the plan's.
/// </summary>
public sealed class CareOversight(ICarePlanRepository plans, TimeProvider clock)
{
    public async Task ObserveAsync(Guid recipientId, CareObservation observation, CancellationToken cancellationToken)
    {
        if (await plans.FindByRecipientAsync(recipientId, cancellationToken) is not { } plan)
        {
            return;
        }

        foreach (var alert in plan.Judge(observation, clock.GetUtcNow()))
        {
            plans.Add(alert);
        }
    }

    /// <summary>Visits the provider cancelled are care the person will miss: one observation per booking, whatever the number of visits.</summary>
    public Task ObserveCancellationAsync(Booking booking, BookingSide by, IReadOnlyList<BookingVisit> cancelled, CancellationToken cancellationToken) =>
        by == BookingSide.Provider && cancelled.Count > 0
            ? ObserveAsync(booking.Parties.RecipientId, new CareObservation.VisitMissed(booking.Id, MissedVisitReason.CancelledByProvider), cancellationToken)
            : Task.CompletedTask;
}
