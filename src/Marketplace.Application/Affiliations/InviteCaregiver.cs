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

/// <summary>An enterprise invites a caregiver, found by the email of their account, to work with it.</summary>
public sealed record InviteCaregiver(Guid EnterpriseId, string CaregiverEmail) : ICommand<AffiliationView>;

public sealed class InviteCaregiverHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, ICaregiverRepository caregivers, IAffiliationRepository affiliations,
    TimeProvider clock) : ICommandHandler<InviteCaregiver, AffiliationView>
{
    public const string NoSuchCaregiver = "No caregiver account uses this email.";

    public async ValueTask<AffiliationView> Handle(InviteCaregiver command, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.GetOwnedAsync(command.EnterpriseId, currentUser, cancellationToken);
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
