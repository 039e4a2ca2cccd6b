using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Search;

/// <summary>
/// A caregiver as the search index holds them, with the visits that hold their time from now on.
/// <see cref="Lat"/> and <see cref="Lon"/> are the caregiver's public point, never the home (see
/// <see cref="PublicLocation"/>); caregivers without one cannot be found by distance and are not indexed.
/// A caregiver is found only within their own service radius: they are not offered where they do not travel.
/// <see cref="Rating"/> is the mean of <see cref="ReviewCount"/> visible reviews (null without any); searches sorted
/// by rating use <see cref="RatingRank"/>.
/// </summary>
public sealed record CaregiverDocument(
    Guid Id,
    string FullName,
    string Bio,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long HourlyRateIdr,
    double Lat,
    double Lon,
    int ServiceRadiusKm,
    bool Verified,
    double? Rating,
    int ReviewCount,
    string TimeZone,
    IReadOnlyList<WeeklySlot> Weekly,
    IReadOnlyList<TimeOff> TimeOff,
    IReadOnlyList<TimeWindow> Booked)
{
    /// <summary>
    /// What a word search reads: the name, the bio and the names of the skills in both UI languages, so
    /// "demensia", "dementia" and "pasca stroke" find a caregiver with that skill whatever their bio says.
    /// </summary>
    public string SearchableText() =>
        string.Join(' ', [FullName, Bio, .. Skills.Select(Taxonomies.Skills.All.Find).OfType<TaxonomyTerm>().SelectMany(term => new[] { term.NameId, term.NameEn })]);

    /// <summary>The Bayesian mean searches sorted by rating order by (<see cref="RatingSummary.Rank"/>); null when unrated.</summary>
    public double? RatingRank => new RatingSummary(ReviewCount, Rating).Rank;

    public bool IsAvailable(DateTimeOffset start, TimeSpan duration) =>
        WeeklySchedule.Covers(TimeZone, Weekly, TimeOff, start, duration) && !Booked.Any(visit => visit.Start < start + duration && start < visit.End);

    public static CaregiverDocument? Of(Caregiver caregiver, IReadOnlyList<TimeWindow> booked, RatingSummary rating) => caregiver.PublicPoint is not { } point
        ? null
        : new CaregiverDocument(
            caregiver.Id,
            caregiver.FullName,
            caregiver.Bio,
            caregiver.Skills,
            caregiver.Languages,
            caregiver.HourlyRate.Rupiah,
            point.Latitude,
            point.Longitude,
            caregiver.ServiceRadiusKm,
            caregiver.Verification == VerificationStatus.Verified,
            rating.Mean,
            rating.Count,
            caregiver.TimeZone,
            caregiver.WeeklyAvailability,
            caregiver.TimeOff,
            booked);
}
