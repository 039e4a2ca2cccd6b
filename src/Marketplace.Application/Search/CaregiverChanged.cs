using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Reviews;

namespace Marketplace.Application.Search;

/// <summary>Something about a caregiver (or a visit of theirs) changed in the database; the index takes their current state.</summary>
[OutboxMessage("caregiver-changed")]
public sealed record CaregiverChanged(Guid CaregiverId);

/// <summary>
/// Reads the caregivers as committed now and writes that to the index, so handling a message twice, or
/// late, still leaves the index equal to the database. The version is taken before the read, so of two
/// instances handling the same caregiver at once, the one that read later wins. A batch reads its caregivers,
/// their booked time and their ratings in one query each, not one each per caregiver: under a busy day's bookings
/// (each changes its caregiver's booked time) that was most of the dispatcher's work.
/// </summary>
public sealed class IndexChangedCaregivers(
    ICaregiverRepository caregivers, IBookingRepository bookings, IReviewRepository reviews, ICaregiverSearchIndex index, ISearchVersionClock versions, TimeProvider clock)
    : IOutboxBatchHandler<CaregiverChanged>
{
    public async Task HandleAsync(IReadOnlyList<CaregiverChanged> messages, CancellationToken cancellationToken)
    {
        var version = await versions.NextAsync(cancellationToken);
        var ids = messages.Select(m => m.CaregiverId).Distinct().ToList();
        var found = (await caregivers.ListByIdsAsync(ids, cancellationToken)).ToDictionary(c => c.Id);
        var booked = await bookings.ListHeldTimeAsync([.. found.Keys], clock.GetUtcNow(), cancellationToken);
        var ratings = await reviews.CaregiverSummariesAsync([.. found.Keys], cancellationToken);
        foreach (var id in ids)
        {
            if (found.GetValueOrDefault(id) is { } caregiver
                && CaregiverDocument.Of(caregiver, [.. booked[id]], ratings.GetValueOrDefault(id, RatingSummary.None)) is { } document)
            {
                await index.UpsertAsync(document, version, cancellationToken);
            }
            else
            {
                await index.DeleteAsync(id, version, cancellationToken);
            }
        }
    }
}
