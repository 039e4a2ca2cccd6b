using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A caregiver as stored in the index (<c>_source</c>). The client's source serializer writes the properties in
/// camelCase, as <see cref="CaregiverMapping"/> names the fields, and leaves out those that are null.
/// <c>weekly</c> holds the caregiver's windows as minutes of the UTC week (<see cref="WeekMinutes"/>);
/// <c>busy</c> holds their time off and booked visits as instants in epoch milliseconds.
/// </summary>
internal sealed record CaregiverSource(
    Guid Id,
    string Name,
    string Text,
    LatLon Location,
    int ServiceRadiusKm,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long HourlyRateIdr,
    bool Verified,
    double? Rating,
    int ReviewCount,
    double? RatingRank,
    IReadOnlyList<MinuteRange> Weekly,
    IReadOnlyList<InstantRange> Busy)
{
    public static CaregiverSource Of(CaregiverDocument caregiver)
    {
        var busy = caregiver.TimeOff.Select(off => (off.From, off.To)).Concat(caregiver.Booked.Select(visit => (From: visit.Start, To: visit.End)));
        return new CaregiverSource(
            caregiver.Id,
            caregiver.FullName,
            caregiver.SearchableText(),
            new LatLon(caregiver.Lat, caregiver.Lon),
            caregiver.ServiceRadiusKm,
            caregiver.Skills,
            caregiver.Languages,
            caregiver.HourlyRateIdr,
            caregiver.Verified,
            caregiver.Rating,
            caregiver.ReviewCount,
            caregiver.RatingRank,
            [.. WeekMinutes.Windows(caregiver.TimeZone, caregiver.Weekly).Select(window => new MinuteRange(window.From, window.To))],
            [.. busy.Select(period => new InstantRange(period.From.ToUnixTimeMilliseconds(), period.To.ToUnixTimeMilliseconds()))]);
    }
}

/// <summary>An <c>integer_range</c> of minutes, both ends included.</summary>
internal sealed record MinuteRange(int Gte, int Lte);

/// <summary>A <c>date_range</c> in epoch milliseconds, the end excluded.</summary>
internal sealed record InstantRange(long Gte, long Lt);
