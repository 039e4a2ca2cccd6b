using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>Whether a caregiver travels to an address: the rule a request is refused by, and replacements are offered by.</summary>
public static class ServiceArea
{
    /// <summary>
    /// Whether <paramref name="address"/> lies within the caregiver's service radius, measured from her public point as
    /// search measures (from the home, the yes or no would draw its circle for anyone who asks); false without a point.
    /// </summary>
    public static bool Serves(Caregiver caregiver, GeoPoint address) =>
        caregiver.PublicPoint is { } point && Distance.Km(point.Latitude, point.Longitude, address.Latitude, address.Longitude) <= caregiver.ServiceRadiusKm;
}
