using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Complaints.View;

/// <summary>
/// The complaint about a booking, for its family and admins: 404 for anyone not a party of the booking, 403 for
/// its provider (the complaint is between the family and the platform; an upheld one reaches the provider with
/// the suspension's reason). Every complaint shown is logged as a read of health data.
/// </summary>
public sealed record GetBookingComplaint(Guid BookingId) : IQuery<BookingComplaint>;

/// <param name="Complaint">The complaint filed; null while none is.</param>
/// <param name="FileableUntil">The last moment the family may file one; null once filed or too late.</param>
/// <param name="ProviderName">Who the complaint would be about: the caregiver, or the daycare or clinic.</param>
public sealed record BookingComplaint(ComplaintView? Complaint, DateTimeOffset? FileableUntil, string ProviderName);

public sealed class GetBookingComplaintHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IComplaintRepository complaints, IRecipientAccessLog accessLog, TimeProvider clock)
    : IQueryHandler<GetBookingComplaint, BookingComplaint>
{
    public async ValueTask<BookingComplaint> Handle(GetBookingComplaint query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) == BookingSide.Provider)
        {
            throw new ForbiddenException("A complaint is between the family and the platform.");
        }

        if (await complaints.FindByBookingAsync(booking.Id, cancellationToken) is { } complaint)
        {
            await accessLog.RecordComplaintReadsAsync(currentUser, [complaint], cancellationToken);
            return new BookingComplaint(ComplaintView.Of(complaint), null, booking.Parties.ProviderName);
        }

        var until = Complaint.FileableUntil(booking);
        return new BookingComplaint(null, until > clock.GetUtcNow() ? until : null, booking.Parties.ProviderName);
    }
}
