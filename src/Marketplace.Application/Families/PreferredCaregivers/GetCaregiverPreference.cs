using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Families.PreferredCaregivers;

/// <summary>
/// For the signed-in family, whether a caregiver may be marked as preferred now (she is verified), and for which of its
/// people she is: what a caregiver's page and a booking's page show beside the buttons that mark and unmark her. 403 for
/// anyone but a family.
/// </summary>
public sealed record GetCaregiverPreference(Guid CaregiverId) : IQuery<CaregiverPreference>;

/// <summary>Whether the caregiver can be marked now, and the family's people (by name) with whether she is preferred for each.</summary>
public sealed record CaregiverPreference(bool Markable, IReadOnlyList<RecipientPreference> People);

/// <summary>One of the family's people, and whether the caregiver asked about is preferred for them.</summary>
public sealed record RecipientPreference(Guid RecipientId, string RecipientName, bool Preferred);

public sealed class GetCaregiverPreferenceHandler(ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers)
    : IQueryHandler<GetCaregiverPreference, CaregiverPreference>
{
    public async ValueTask<CaregiverPreference> Handle(GetCaregiverPreference query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has preferred caregivers.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var caregiver = await caregivers.FindAsync(query.CaregiverId, cancellationToken);
        return new CaregiverPreference(
            caregiver?.Verification == VerificationStatus.Verified,
            [.. family.Recipients.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new RecipientPreference(r.Id, r.Name, r.Prefers(query.CaregiverId)))]);
    }
}
