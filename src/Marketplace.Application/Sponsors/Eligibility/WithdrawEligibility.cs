using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Sponsors.Eligibility;

/// <summary>
/// An admin withdraws a family's eligibility: its next bookings are not sponsored; shares reserved already stay
/// reserved. The record is kept with who withdrew it and when. Withdrawing again changes nothing; 404 when the family
/// was never recorded as eligible for the programme.
/// </summary>
public sealed record WithdrawEligibility(Guid ProgrammeId, Guid FamilyId) : ICommand;

public sealed class WithdrawEligibilityHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes, TimeProvider clock)
    : ICommandHandler<WithdrawEligibility>
{
    public async ValueTask<Unit> Handle(WithdrawEligibility command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin records who is eligible for a sponsor programme.");
        if (await programmes.FindEligibilityAsync(command.ProgrammeId, command.FamilyId, cancellationToken) is { } eligibility)
        {
            eligibility.Withdraw(currentUser.RequireUserId(), clock.GetUtcNow());
        }
        else if (!await programmes.WasEverEligibleAsync(command.ProgrammeId, command.FamilyId, cancellationToken))
        {
            throw new NotFoundException("SponsorEligibility", command.FamilyId);
        }

        return Unit.Value;
    }
}
