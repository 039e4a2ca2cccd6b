using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Answer;

/// <summary>The booked caregiver takes the request.</summary>
public sealed record AcceptBooking(Guid BookingId) : ICommand<BookingView>;

/// <summary>The booked caregiver turns the request down; their time is free again.</summary>
public sealed record DeclineBooking(Guid BookingId) : ICommand<BookingView>;

public sealed class AnswerBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<AcceptBooking, BookingView>, ICommandHandler<DeclineBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(AcceptBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        booking.Accept(clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }

    public async ValueTask<BookingView> Handle(DeclineBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        booking.Decline(clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }
}
