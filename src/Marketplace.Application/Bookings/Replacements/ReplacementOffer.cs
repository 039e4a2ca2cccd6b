using Marketplace.Application.Caregivers;
using Marketplace.Application.Reviews;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Replacements;

/// <summary>
/// The caregivers offered for a visit that needs another one, in the order of <see cref="ReplacementOrder"/>, with the
/// visit they are offered for: when (in the booking's zone, <see cref="TimeZone"/>), how many whole hours, for whom, and
/// why it needs someone else; <see cref="LateCancellationPercent"/> is what the family would pay of a visit's price for
/// cancelling the new one less than 24 hours ahead, as for any booking. Requesting one of them is the ordinary home-care
/// request (<c>POST /api/v1/bookings</c> with <see cref="RecipientId"/>, <see cref="Start"/> and <see cref="Hours"/>); she
/// answers as usual.
/// </summary>
public sealed record ReplacementOffer(
    Guid BookingId,
    Guid VisitId,
    Guid RecipientId,
    string RecipientName,
    string ReplacedCaregiverName,
    ReplacementCause Cause,
    string TimeZone,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Hours,
    int LateCancellationPercent,
    IReadOnlyList<ReplacementCandidate> Items);

/// <summary>
/// A caregiver offered, and why she stands where she does (<see cref="Reason"/>). <see cref="DistanceKm"/> is measured from
/// her public point to the person's home, to the half kilometre as search tells it; <see cref="VisitPriceIdr"/> is what
/// the visit would cost with her, in whole Rupiah; <see cref="Rating"/> the mean of <see cref="ReviewCount"/> visible
/// reviews (null without any).
/// </summary>
public sealed record ReplacementCandidate(
    Guid CaregiverId,
    string FullName,
    ReplacementReason Reason,
    double DistanceKm,
    long HourlyRateIdr,
    long VisitPriceIdr,
    double? Rating,
    int ReviewCount,
    bool HasPhoto)
{
    public static ReplacementCandidate Of(Caregiver caregiver, ReplacementReason reason, GeoPoint home, int hours, RatingSummary rating)
    {
        // Only caregivers who serve the home are offered, and serving is measured from this point: she has one.
        var point = caregiver.PublicPoint!;
        var km = Distance.Km(point.Latitude, point.Longitude, home.Latitude, home.Longitude);
        var step = SearchCaregiversHandler.DistanceStepKm;
        return new(
            caregiver.Id, caregiver.FullName, reason, Math.Round(km / step, MidpointRounding.AwayFromZero) * step, caregiver.HourlyRate.Rupiah,
            new HomeCarePrice(caregiver.HourlyRate, hours, 1).VisitPrice.Rupiah, rating.Mean, rating.Count, caregiver.Photo is not null);
    }
}
