using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Families.PreferredCaregivers;

/// <summary>
/// A family marks a caregiver as preferred for one of its people: offered first when a visit for that person needs
/// another caregiver. Marking again changes nothing. 404 for a caregiver who is unknown or not verified (as her profile
/// is), and for a person not the family's; 409 past <see cref="CareRecipient.MaxPreferredCaregivers"/>; 403 for anyone
/// but a family.
/// </summary>
public sealed record PreferCaregiver(Guid CaregiverId, Guid? RecipientId) : ICommand<PreferredCaregiverView>;

public sealed class PreferCaregiverValidator : AbstractValidator<PreferCaregiver>
{
    public PreferCaregiverValidator() => RuleFor(c => c.RecipientId).NotEmpty();
}

public sealed class PreferCaregiverHandler(ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<PreferCaregiver, PreferredCaregiverView>
{
    public async ValueTask<PreferredCaregiverView> Handle(PreferCaregiver command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has preferred caregivers.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var recipient = family.Recipient(command.RecipientId!.Value);
        var caregiver = await caregivers.FindAsync(command.CaregiverId, cancellationToken);
        if (caregiver is null || caregiver.Verification != VerificationStatus.Verified)
        {
            throw new NotFoundException("Caregiver", command.CaregiverId);
        }

        var preferred = family.PreferCaregiver(recipient.Id, caregiver, clock.GetUtcNow());
        return PreferredCaregiverView.Of(caregiver, recipient, preferred);
    }
}
