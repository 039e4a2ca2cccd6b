using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>A caregiver's visits that hold their time, in their local time, between <see cref="From"/> and <see cref="To"/>, in order.</summary>
public sealed record GetMySchedule(DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<ScheduledVisit>>;

public sealed record ScheduledVisit(
    Guid BookingId, Guid VisitId, BookingStatus BookingStatus, VisitStatus Status, string RecipientName, DateTimeOffset Start, DateTimeOffset End);

public sealed class GetMyScheduleHandler(ICurrentUser currentUser, IBookingRepository bookings)
    : IQueryHandler<GetMySchedule, IReadOnlyList<ScheduledVisit>>
{
    public async ValueTask<IReadOnlyList<ScheduledVisit>> Handle(GetMySchedule query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var found = await bookings.ListForUserAsync(userId, new BookingFilter(null, query.From, query.To, ListMyBookingsHandler.Limit), cancellationToken);
        return [.. found.Where(b => b.Parties.ProviderUserId == userId)
            .SelectMany(b => b.Visits
                .Where(v => v.HoldsTime && v.EndsAt > query.From && v.StartsAt < query.To)
                .Select(v => new ScheduledVisit(
                    b.Id, v.Id, b.Status, v.Status, b.Parties.RecipientName,
                    IndonesianTimeZones.ToLocal(v.StartsAt, b.TimeZone), IndonesianTimeZones.ToLocal(v.EndsAt, b.TimeZone))))
            .OrderBy(v => v.Start)];
    }
}
