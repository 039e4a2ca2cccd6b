using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>
/// One booking, for its family, its provider, the family's care manager or an admin; 404 for anyone else.
/// Its visit logs (notes, vital signs) are health data: each view that shows one is written to the access
/// log with the relation that entitles the reader.
/// </summary>
public sealed record GetBooking(Guid Id) : IQuery<BookingView>;

public sealed class GetBookingHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IFamilyRepository families, IRecipientAccessLog accessLog)
    : IQueryHandler<GetBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(GetBooking query, CancellationToken cancellationToken)
    {
        var reader = HealthDataReader.Of(currentUser);
        var booking = await bookings.FindAsync(query.Id, cancellationToken);
        var purpose = booking is null ? null : await PurposeOfAsync(booking, reader.UserId, cancellationToken);
        if (booking is null || purpose is null)
        {
            throw new NotFoundException("Booking", query.Id);
        }

        await accessLog.RecordVisitLogReadsAsync(reader, [booking], _ => purpose.Value, cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }

    /// <summary>Why the reader may see the booking, or null when they may not.</summary>
    private async Task<AccessPurpose?> PurposeOfAsync(Booking booking, Guid userId, CancellationToken cancellationToken)
    {
        if (booking.SideOf(userId) is { } side)
        {
            return side == BookingSide.Family ? AccessPurpose.OwnFamily : AccessPurpose.ProvidingCare;
        }

        if (currentUser.IsInRole(AccountRoles.Admin))
        {
            return AccessPurpose.AdminSupport;
        }

        return await families.IsManagedByAsync(booking.Parties.FamilyId, userId, cancellationToken) ? AccessPurpose.CareManagerOversight : null;
    }
}
