using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Families.PreferredCaregivers;

/// <summary>
/// One of the family's preferred caregivers, for one of its people. <see cref="Bookable"/> is false while she cannot be
/// booked (suspended after a complaint, or her certificate lapsed): she stays on the list, so the family sees why she is
/// not offered, and comes back to it bookable when that ends. <see cref="HasPhoto"/> says whether her photo may be shown
/// (<c>/api/v1/caregivers/{id}/photo</c>, served only while her profile is public). <see cref="HourlyRateIdr"/> is whole Rupiah.
/// </summary>
public sealed record PreferredCaregiverView(
    Guid CaregiverId, string FullName, Guid RecipientId, string RecipientName, bool Bookable, bool HasPhoto, long HourlyRateIdr, DateTimeOffset MarkedAt)
{
    public static PreferredCaregiverView Of(Caregiver caregiver, CareRecipient recipient, PreferredCaregiver preferred)
    {
        var bookable = caregiver.Verification == VerificationStatus.Verified;
        return new(
            caregiver.Id, caregiver.FullName, recipient.Id, recipient.Name, bookable, bookable && caregiver.Photo is not null, caregiver.HourlyRate.Rupiah,
            preferred.MarkedAt);
    }
}
