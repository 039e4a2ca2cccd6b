using System.Globalization;
using Marketplace.Application.Bookings.Request;
using Marketplace.Application.SharedKernel;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Pages;

/// <summary>
/// The visit a family searched for: its local date, start (WITA) and length in hours, each optional. It travels in the
/// address from a search result to the caregiver's page and on to the booking form, so nobody types it twice. It only
/// fills forms in: a date or length no visit could have is dropped, never refused.
/// </summary>
public sealed record SearchedVisit(DateOnly? Date, TimeOnly? Time, int? Hours)
{
    public static SearchedVisit None { get; } = new(null, null, null);

    /// <summary>The visit as read from an address, without what no visit could have (a date outside 2000–2100, 0 or 99 hours).</summary>
    public static SearchedVisit Of(DateOnly? date, TimeOnly? time, int? hours) => new(
        date is { } day && PlausibleDates.IsPlausible(day) ? day : null,
        time,
        hours is >= RequestHomeCareBookingValidator.MinHours and <= RequestHomeCareBookingValidator.MaxHours ? hours : null);

    /// <summary>Whether the whole visit is known: date, start and length.</summary>
    public bool IsComplete => Date is not null && Time is not null && Hours is not null;

    /// <summary>The caregiver's public page, carrying the visit on to its "Pesan" button.</summary>
    public string ProfileLink(Guid caregiverId) => QueryHelpers.AddQueryString($"/caregivers/{caregiverId}", Query([]));

    /// <summary>The booking form for the caregiver, filled in with the visit.</summary>
    public string BookingLink(Guid caregiverId) =>
        QueryHelpers.AddQueryString("/bookings/new", Query(new() { ["caregiverId"] = caregiverId.ToString() }));

    private Dictionary<string, string?> Query(Dictionary<string, string?> query)
    {
        if (Date is { } day)
        {
            query["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Time is { } clock)
        {
            query["time"] = clock.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        if (Hours is { } length)
        {
            query["hours"] = length.ToString(CultureInfo.InvariantCulture);
        }

        return query;
    }
}
