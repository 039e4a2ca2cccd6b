namespace Marketplace.Application.Bookings;

/// <summary>Absolute links to booking pages for emails, built on the site's configured public address (never a request's Host).</summary>
public interface IBookingLinks
{
    /// <summary>The booking's page.</summary>
    string Booking(Guid bookingId);

    /// <summary>The page that offers other caregivers for one visit of the booking.</summary>
    string Replacements(Guid bookingId, Guid visitId);
}
