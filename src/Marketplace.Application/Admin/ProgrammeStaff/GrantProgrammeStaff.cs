using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.ProgrammeStaff;

/// <summary>
/// An admin makes the confirmed account with the address <see cref="Email"/> programme staff: it may then read the regional
/// reports (from its next sign-in). Granting it again changes nothing; 409 when no confirmed account has the address.
/// </summary>
public sealed record GrantProgrammeStaff(string Email) : ICommand<ProgrammeStaffMember>;

/// <summary>An account holding the programme-staff role.</summary>
public sealed record ProgrammeStaffMember(Guid Id, string Email, string FullName);

public sealed class GrantProgrammeStaffHandler(ICurrentUser currentUser, IIdentityService identities) : ICommandHandler<GrantProgrammeStaff, ProgrammeStaffMember>
{
    /// <summary>Said when the address given has no confirmed account.</summary>
    public const string NoAccount = "No confirmed account has this email address; ask the person to sign up first.";

    public async ValueTask<ProgrammeStaffMember> Handle(GrantProgrammeStaff command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin grants the programme-staff role.");
        var account = await identities.FindConfirmedByEmailAsync(command.Email.Trim(), cancellationToken)
            ?? throw new BusinessRuleException(NoAccount);
        await identities.SetRoleAsync(account.Id, AccountRoles.Programme, granted: true, cancellationToken);
        return new ProgrammeStaffMember(account.Id, account.Email, account.FullName);
    }
}
