using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.PreferredCaregivers;

/// <summary>
/// The family's preferred caregivers, each with the person she is preferred for: by person (by name, as the family's
/// list of people is), then in the order marked. A caregiver who can no longer be booked stays, with <c>bookable</c> false.
/// </summary>
public sealed record ListMyPreferredCaregivers : IQuery<IReadOnlyList<PreferredCaregiverView>>;

public sealed class ListMyPreferredCaregiversHandler(ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers)
    : IQueryHandler<ListMyPreferredCaregivers, IReadOnlyList<PreferredCaregiverView>>
{
    public async ValueTask<IReadOnlyList<PreferredCaregiverView>> Handle(ListMyPreferredCaregivers query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has preferred caregivers.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var marked = family.Recipients.OrderBy(r => r.Name, StringComparer.CurrentCulture).SelectMany(r => r.PreferredCaregivers.Select(p => (Recipient: r, Preferred: p))).ToList();
        var found = (await caregivers.ListByIdsAsync([.. marked.Select(m => m.Preferred.CaregiverId).Distinct()], cancellationToken))
            .ToDictionary(c => c.Id);
        return [.. marked.Where(m => found.ContainsKey(m.Preferred.CaregiverId))
            .Select(m => PreferredCaregiverView.Of(found[m.Preferred.CaregiverId], m.Recipient, m.Preferred))];
    }
}
