using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Affiliations;

/// <summary>
/// A verified enterprise invites a caregiver, found by the email of their account, to work with it. Only a verified one:
/// caregivers visit strangers' homes for it, and the answer tells whether an address is a caregiver's, which only an
/// organisation an admin has checked may learn.
/// </summary>
public sealed record InviteCaregiver(Guid EnterpriseId, string CaregiverEmail) : ICommand<AffiliationView>;

public sealed class InviteCaregiverHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, ICaregiverRepository caregivers, IAffiliationRepository affiliations,
    TimeProvider clock) : ICommandHandler<InviteCaregiver, AffiliationView>
{
    public const string NoSuchCaregiver = "No caregiver account uses this email.";

    public const string NotVerified = "Only a verified enterprise can invite caregivers; an admin checks the enterprise first.";

    public async ValueTask<AffiliationView> Handle(InviteCaregiver command, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.GetOwnedAsync(command.EnterpriseId, currentUser, cancellationToken);
        if (!enterprise.IsVerified)
        {
            throw new BusinessRuleException(NotVerified);
        }

        var caregiver = await caregivers.FindByEmailAsync(AccountEmail.Normalize(command.CaregiverEmail), cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(InviteCaregiver.CaregiverEmail), NoSuchCaregiver)]);
        if (await affiliations.HasOpenAsync(enterprise.Id, caregiver.Id, cancellationToken))
        {
            throw new BusinessRuleException("This caregiver is already invited to or working with your enterprise.");
        }

        var affiliation = Affiliation.Invite(enterprise.Id, caregiver.Id, clock.GetUtcNow());
        affiliations.Add(affiliation);
        return new AffiliationView(
            affiliation.Id, enterprise.Id, enterprise.Name, caregiver.Id, caregiver.FullName, affiliation.Status, affiliation.InvitedAt, null);
    }
}

public sealed class InviteCaregiverValidator : AbstractValidator<InviteCaregiver>
{
    public InviteCaregiverValidator()
    {
        RuleFor(c => c.CaregiverEmail).NotEmpty().EmailAddress().MaximumLength(FieldLimits.EmailMaxLength);
    }
}
