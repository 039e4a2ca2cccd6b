using Marketplace.Application.Caregivers;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Accounts.Register;

/// <summary>Someone signs up as a family, a caregiver or an enterprise.</summary>
public sealed record RegisterAccount(string Email, string Password, string Role, string FullName, string? Phone = null)
    : ICommand<Guid>;

public sealed class RegisterAccountHandler(
    IIdentityService identity,
    IFamilyRepository families,
    ICaregiverRepository caregivers,
    TimeProvider clock) : ICommandHandler<RegisterAccount, Guid>
{
    public async ValueTask<Guid> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        var email = AccountEmail.Normalize(command.Email);
        var fullName = command.FullName.Trim();
        var userId = await identity.CreateUserAsync(
            new NewAccount(email, command.Password, fullName, command.Phone?.Trim(), command.Role), cancellationToken);

        var now = clock.GetUtcNow();
        switch (command.Role)
        {
            case AccountRoles.Family:
                families.Add(Family.Register(userId, now));
                break;
            case AccountRoles.Caregiver:
                caregivers.Add(Caregiver.Register(userId, fullName, now));
                break;
            default:
                // An enterprise account registers its organisation in a later step.
                break;
        }

        return userId;
    }
}
