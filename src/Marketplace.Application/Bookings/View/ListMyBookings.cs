using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>
/// The caller's bookings, as family or as caregiver: optionally one status, and only those with a visit
/// between <see cref="From"/> and <see cref="To"/> (a caregiver's schedule for a week is such a list).
/// </summary>
public sealed record ListMyBookings(BookingStatus? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
    : IQuery<IReadOnlyList<BookingView>>;

public sealed class ListMyBookingsHandler(ICurrentUser currentUser, IBookingRepository bookings)
    : IQueryHandler<ListMyBookings, IReadOnlyList<BookingView>>
{
    public const int Limit = 200;

    public async ValueTask<IReadOnlyList<BookingView>> Handle(ListMyBookings query, CancellationToken cancellationToken)
    {
        var found = await bookings.ListForUserAsync(
            currentUser.RequireUserId(), new BookingFilter(query.Status, query.From, query.To, Limit), cancellationToken);
        return [.. found.Select(b => BookingView.Of(b, currentUser.UserId))];
    }
}
