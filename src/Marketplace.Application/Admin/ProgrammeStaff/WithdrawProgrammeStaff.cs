using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.ProgrammeStaff;

/// <summary>An admin takes the programme-staff role back from the account <see cref="UserId"/>; 404 when it does not hold it.</summary>
public sealed record WithdrawProgrammeStaff(Guid UserId) : ICommand<Unit>;

public sealed class WithdrawProgrammeStaffHandler(ICurrentUser currentUser, IIdentityService identities) : ICommandHandler<WithdrawProgrammeStaff, Unit>
{
    public async ValueTask<Unit> Handle(WithdrawProgrammeStaff command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin withdraws the programme-staff role.");
        if (await identities.FindAsync(command.UserId, cancellationToken) is not { } account || !account.Roles.Contains(AccountRoles.Programme))
        {
            throw new NotFoundException("ProgrammeStaff", command.UserId);
        }

        await identities.SetRoleAsync(account.Id, AccountRoles.Programme, granted: false, cancellationToken);
        return Unit.Value;
    }
}
