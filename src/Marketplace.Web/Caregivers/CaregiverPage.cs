using Marketplace.Application.Areas.NameAreas;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Reviews.View;
using Marketplace.Web.Pages;

namespace Marketplace.Web.Caregivers;

/// <summary>
/// A caregiver's public page: the profile, the names of the areas it serves, the visit the family searched for, and
/// whether the reader may press "Pesan" (a verified caregiver, read by a family or by someone not yet signed in), and
/// what families said of them.
/// </summary>
public sealed record CaregiverPage(CaregiverProfileView Profile, IReadOnlyList<NamedArea> Areas, SearchedVisit Visit, bool CanBook, ReviewList Reviews)
{
    /// <summary>The booking form for this caregiver, filled in with the searched visit.</summary>
    public string BookingLink => Visit.BookingLink(Profile.Id);
}
