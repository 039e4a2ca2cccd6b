using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.ProgrammeStaff;

/// <summary>Every account holding the programme-staff role, by email address (admins only).</summary>
public sealed record ListProgrammeStaff : IQuery<IReadOnlyList<ProgrammeStaffMember>>;

public sealed class ListProgrammeStaffHandler(ICurrentUser currentUser, IIdentityService identities) : IQueryHandler<ListProgrammeStaff, IReadOnlyList<ProgrammeStaffMember>>
{
    public async ValueTask<IReadOnlyList<ProgrammeStaffMember>> Handle(ListProgrammeStaff query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees who holds the programme-staff role.");
        var accounts = await identities.ListInRoleAsync(AccountRoles.Programme, cancellationToken);
        return [.. accounts.OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Select(a => new ProgrammeStaffMember(a.Id, a.Email, a.FullName))];
    }
}
