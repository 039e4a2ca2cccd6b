using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Sponsors.Eligibility;

/// <summary>
/// An admin records that the family whose account is <see cref="Email"/> is eligible for a programme, on the evidence
/// named by <see cref="EvidenceReference"/> (a DTKS/DTSEN registration number, a social office's letter). Recording it
/// again changes nothing.
/// </summary>
public sealed record MarkFamilyEligible(Guid ProgrammeId, string Email, string EvidenceReference) : ICommand<EligibleFamily>;

public sealed class MarkFamilyEligibleHandler(
    ICurrentUser currentUser, ISponsorProgrammeRepository programmes, IIdentityService identities, IFamilyRepository families, TimeProvider clock)
    : ICommandHandler<MarkFamilyEligible, EligibleFamily>
{
    public async ValueTask<EligibleFamily> Handle(MarkFamilyEligible command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin records who is eligible for a sponsor programme.");
        var programme = await programmes.FindAsync(command.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("SponsorProgramme", command.ProgrammeId);
        var account = await identities.FindByEmailAsync(command.Email.Trim(), cancellationToken);
        var family = account is null ? null : await families.FindByUserAsync(account.Id, cancellationToken);
        if (account is null || family is null)
        {
            throw new BusinessRuleException("No family account has this email address.");
        }

        var eligibility = await programmes.FindEligibilityAsync(programme.Id, family.Id, cancellationToken);
        if (eligibility is null)
        {
            eligibility = SponsorEligibility.Record(programme.Id, family.Id, command.EvidenceReference.Trim(), currentUser.RequireUserId(), clock.GetUtcNow());
            programmes.Add(eligibility);
        }

        return new EligibleFamily(family.Id, account.FullName, account.Email, eligibility.EvidenceReference, eligibility.RecordedAt);
    }
}
