using Marketplace.Application.Accounts;
using Marketplace.Application.Areas;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Sponsors.Change;

/// <summary>
/// An admin changes a programme's terms (a budget topped up, a period extended). Shares already reserved keep the terms
/// they were reserved under; the budget cannot fall below what is committed.
/// </summary>
public sealed record ChangeSponsorProgramme(
    Guid Id, string Name, string Funder, long BudgetIdr, int SharePercent, long CapPerBookingIdr, IReadOnlyList<BookingKind> Kinds,
    IReadOnlyList<string> AreaCodes, DateOnly ValidFrom, DateOnly ValidUntil) : ICommand<SponsorProgrammeView>, ISponsorProgrammeInput;

public sealed class ChangeSponsorProgrammeValidator(IAreaCatalog areas) : SponsorProgrammeValidator<ChangeSponsorProgramme>(areas);

public sealed class ChangeSponsorProgrammeHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes)
    : ICommandHandler<ChangeSponsorProgramme, SponsorProgrammeView>
{
    public async ValueTask<SponsorProgrammeView> Handle(ChangeSponsorProgramme command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin changes sponsor programmes.");
        var programme = await programmes.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("SponsorProgramme", command.Id);
        programme.Change(command.ToDetails());
        return SponsorProgrammeView.Of(programme);
    }
}
