using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Accounts.GetCurrentAccount;

/// <summary>The signed-in person's account and the profiles it owns.</summary>
public sealed record GetCurrentAccount : IQuery<AccountView>;

public sealed record AccountView(
    Guid Id,
    string Email,
    string FullName,
    IReadOnlyList<string> Roles,
    Guid? CaregiverId,
    Guid? FamilyId,
    Guid? EnterpriseId);

public sealed class GetCurrentAccountHandler(
    ICurrentUser currentUser,
    IIdentityService identity,
    ICaregiverRepository caregivers,
    IFamilyRepository families,
    IEnterpriseRepository enterprises) : IQueryHandler<GetCurrentAccount, AccountView>
{
    public async ValueTask<AccountView> Handle(GetCurrentAccount query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var account = await identity.FindAsync(userId, cancellationToken)
            ?? throw new NotFoundException("Account", userId);

        return new AccountView(
            account.Id,
            account.Email,
            account.FullName,
            account.Roles,
            await caregivers.FindIdByUserAsync(userId, cancellationToken),
            await families.FindIdByUserAsync(userId, cancellationToken),
            await enterprises.FindIdByOwnerAsync(userId, cancellationToken));
    }
}
