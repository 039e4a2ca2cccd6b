using Marketplace.Application.Caregivers;
using Marketplace.Application.Families;
using Marketplace.Application.Notifications.Delivery;
using Mediator;

namespace Marketplace.Application.Accounts.ConfirmEmail;

/// <summary>
/// Confirms an account's address with the token its sign-up email carried and the password chosen at sign-up. The
/// password as well as the link, so that someone who signed up with another person's address cannot have that person
/// confirm it for them by a click (a pre-hijacked account). A family's or caregiver's profile is made now, not at
/// sign-up: until the address is confirmed the account may still be replaced by a later sign-up.
/// </summary>
public sealed record ConfirmEmail(Guid UserId, string Token, string Password) : ICommand<AddressConfirmation>;

public sealed class ConfirmEmailHandler(
    IIdentityService identity,
    IFamilyRepository families,
    ICaregiverRepository caregivers,
    IUndeliverableAddresses undeliverable,
    TimeProvider clock) : ICommandHandler<ConfirmEmail, AddressConfirmation>
{
    public async ValueTask<AddressConfirmation> Handle(ConfirmEmail command, CancellationToken cancellationToken)
    {
        var outcome = await identity.ConfirmEmailAsync(command.UserId, command.Token, command.Password, cancellationToken);
        if (outcome != AddressConfirmation.Confirmed || await identity.FindAsync(command.UserId, cancellationToken) is not { } account)
        {
            return outcome;
        }

        // The confirmation link arrived, so mail reaches the address whatever was reported of it before.
        if (await undeliverable.FindAsync(account.Email, cancellationToken) is { } reported)
        {
            undeliverable.Remove(reported);
        }

        // A profile may exist already: an account signed up by a version that made profiles at sign-up.
        var now = clock.GetUtcNow();
        if (account.Roles.Contains(AccountRoles.Family) && await families.FindIdByUserAsync(account.Id, cancellationToken) is null)
        {
            families.Add(Family.Register(account.Id, now));
        }
        else if (account.Roles.Contains(AccountRoles.Caregiver) && await caregivers.FindIdByUserAsync(account.Id, cancellationToken) is null)
        {
            caregivers.Add(Caregiver.Register(account.Id, account.FullName, now));
        }

        // An enterprise account registers its organisation in a later step.
        return outcome;
    }
}
