using Marketplace.Application.Bookings;
using Marketplace.Web.Security;

namespace Marketplace.Web.Bookings;

internal sealed class BookingLinks(PublicAddress publicAddress) : IBookingLinks
{
    public string Booking(Guid bookingId) => publicAddress.Absolute($"/bookings/{bookingId}");

    public string Replacements(Guid bookingId, Guid visitId) => publicAddress.Absolute($"/bookings/{bookingId}/visits/{visitId}/replacements");
}
