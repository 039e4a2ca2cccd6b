using Marketplace.Application.Bookings;
using Marketplace.Application.Reviews;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// What a caregiver's search document needs besides the caregiver, one query each, for the caregivers named or (null)
/// for all of them: the index's rebuild and its batched updates read the same way.
/// </summary>
internal static class IndexedCaregiverReads
{
    /// <summary>The windows of visits that hold a caregiver's time and end after <paramref name="after"/>, by caregiver, each's in order of start.</summary>
    public static async Task<ILookup<Guid, TimeWindow>> HeldTimeByCaregiverAsync(
        this MarketplaceDbContext db, IReadOnlyCollection<Guid>? caregiverIds, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var from = after.ToUniversalTime();
        var visits = db.Set<BookingVisit>().Where(v => v.CaregiverId != null && v.HoldsTime && v.EndsAt > from);
        if (caregiverIds is not null)
        {
            visits = visits.Where(v => caregiverIds.Contains(v.CaregiverId!.Value));
        }

        var held = caregiverIds is { Count: 0 } ? [] : await visits.OrderBy(v => v.StartsAt)
            .Select(v => new { CaregiverId = v.CaregiverId!.Value, v.StartsAt, v.EndsAt }).ToListAsync(cancellationToken);
        return held.ToLookup(v => v.CaregiverId, v => new TimeWindow(v.StartsAt, v.EndsAt));
    }

    /// <summary>Each caregiver's rating from their visible reviews; a caregiver without any is left out.</summary>
    public static async Task<Dictionary<Guid, RatingSummary>> RatingsByCaregiverAsync(
        this MarketplaceDbContext db, IReadOnlyCollection<Guid>? caregiverIds, CancellationToken cancellationToken)
    {
        var reviews = db.Reviews.Where(r => r.HiddenAt == null && r.CaregiverId != null);
        if (caregiverIds is not null)
        {
            reviews = reviews.Where(r => caregiverIds.Contains(r.CaregiverId!.Value));
        }

        var summaries = caregiverIds is { Count: 0 } ? [] : await reviews.GroupBy(r => r.CaregiverId!.Value)
            .Select(all => new { CaregiverId = all.Key, Count = all.Count(), Sum = all.Sum(r => r.Rating) }).ToListAsync(cancellationToken);
        return summaries.ToDictionary(s => s.CaregiverId, s => RatingSummary.Of(s.Count, s.Sum));
    }
}
