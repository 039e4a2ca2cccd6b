using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Reviews;

namespace Marketplace.Application.Search;

/// <summary>Something about a caregiver (or a visit of theirs) changed in the database; the index takes their current state.</summary>
[OutboxMessage("caregiver-changed")]
public sealed record CaregiverChanged(Guid CaregiverId);

/// <summary>
/// Reads the caregiver as committed now and writes that to the index, so handling a message twice, or
/// late, still leaves the index equal to the database. The version is taken before the read, so of two
/// instances handling the same caregiver at once, the one that read later wins.
/// </summary>
public sealed class IndexChangedCaregiver(
    ICaregiverRepository caregivers, IBookingRepository bookings, IReviewRepository reviews, ICaregiverSearchIndex index, ISearchVersionClock versions, TimeProvider clock)
    : IOutboxHandler<CaregiverChanged>
{
    public async Task HandleAsync(CaregiverChanged message, Guid messageId, CancellationToken cancellationToken)
    {
        var version = await versions.NextAsync(cancellationToken);
        var caregiver = await caregivers.FindAsync(message.CaregiverId, cancellationToken);
        var booked = caregiver is null ? [] : await bookings.ListHeldTimeAsync(caregiver.Id, clock.GetUtcNow(), cancellationToken);
        var rating = caregiver is null ? RatingSummary.None : await reviews.SummaryAsync(caregiver.Id, null, cancellationToken);
        if (caregiver is not null && CaregiverDocument.Of(caregiver, booked, rating) is { } document)
        {
            await index.UpsertAsync(document, version, cancellationToken);
        }
        else
        {
            await index.DeleteAsync(message.CaregiverId, version, cancellationToken);
        }
    }
}
