using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Calendar;

/// <summary>
/// The signed-in account's calendar for the local dates from <see cref="First"/> up to (not including)
/// <see cref="End"/>: every visit, daycare day and clinic appointment that still holds its time, of the bookings the
/// account gives (a caregiver, an enterprise) or made (a family), and a caregiver's time off. The days are those of the
/// caregiver's own zone, of WITA for everyone else (the first region). At most six weeks, a month's grid, at a time.
/// </summary>
public sealed record GetMyCalendar(DateOnly First, DateOnly End) : IQuery<CalendarView>;

public sealed class GetMyCalendarHandler(ICurrentUser currentUser, IBookingRepository bookings, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<GetMyCalendar, CalendarView>
{
    public async ValueTask<CalendarView> Handle(GetMyCalendar query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var caregiver = currentUser.IsInRole(AccountRoles.Caregiver) ? await caregivers.FindByUserAsync(userId, cancellationToken) : null;
        var zone = caregiver?.TimeZone ?? IndonesianTimeZones.Wita;
        var from = IndonesianTimeZones.ToInstant(query.First, TimeOnly.MinValue, zone);
        var to = IndonesianTimeZones.ToInstant(query.End, TimeOnly.MinValue, zone);
        var found = await bookings.ListForUserAsync(userId, new BookingFilter(null, from, to, View.ListMyBookingsHandler.Limit), cancellationToken);

        var visits = found.SelectMany(booking => booking.Visits
            .Where(visit => visit.HoldsTime && visit.EndsAt > from && visit.StartsAt < to)
            .Select(visit => new CalendarEntry(
                IndonesianTimeZones.ToLocal(visit.StartsAt, zone),
                IndonesianTimeZones.ToLocal(visit.EndsAt, zone),
                WholeDay: false,
                new CalendarBooking(
                    booking.Id, booking.Kind, booking.Status, visit.Status, booking.Parties.RecipientName, booking.Parties.ProviderName,
                    booking.SideOf(userId) ?? BookingSide.Provider))))
            .ToList();
        var today = IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone);
        var days = Enumerable.Range(0, query.End.DayNumber - query.First.DayNumber).Select(query.First.AddDays)
            .Select(date => new CalendarDay(
                date,
                date == today,
                [.. TimeOffOn(date, caregiver, zone).Concat(visits.Where(v => DateOnly.FromDateTime(v.Start.DateTime) == date))
                    .OrderBy(entry => entry.Start).ThenBy(entry => entry.Booking is not null)]));
        return new CalendarView(zone, today, [.. days]);
    }

    /// <summary>The part of <paramref name="date"/> the caregiver's time off covers, if any (periods never overlap).</summary>
    private static IEnumerable<CalendarEntry> TimeOffOn(DateOnly date, Caregiver? caregiver, string zone)
    {
        if (caregiver is null)
        {
            yield break;
        }

        var dayStart = IndonesianTimeZones.ToInstant(date, TimeOnly.MinValue, zone);
        var dayEnd = IndonesianTimeZones.ToInstant(date.AddDays(1), TimeOnly.MinValue, zone);
        foreach (var period in caregiver.TimeOff.Where(p => p.From < dayEnd && dayStart < p.To))
        {
            var start = period.From > dayStart ? period.From : dayStart;
            var end = period.To < dayEnd ? period.To : dayEnd;
            yield return new CalendarEntry(
                IndonesianTimeZones.ToLocal(start, zone), IndonesianTimeZones.ToLocal(end, zone), start == dayStart && end == dayEnd, Booking: null);
        }
    }
}
