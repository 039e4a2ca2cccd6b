using Marketplace.Application.Accounts;
using Marketplace.Application.Areas;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Sponsors.Create;

/// <summary>An admin sets up a sponsor programme; families are then marked eligible for it one by one.</summary>
public sealed record CreateSponsorProgramme(
    string Name, string Funder, long BudgetIdr, int SharePercent, long CapPerBookingIdr, IReadOnlyList<BookingKind> Kinds,
    IReadOnlyList<string> AreaCodes, DateOnly ValidFrom, DateOnly ValidUntil) : ICommand<SponsorProgrammeView>, ISponsorProgrammeInput;

public sealed class CreateSponsorProgrammeValidator(IAreaCatalog areas) : SponsorProgrammeValidator<CreateSponsorProgramme>(areas);

public sealed class CreateSponsorProgrammeHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes, TimeProvider clock)
    : ICommandHandler<CreateSponsorProgramme, SponsorProgrammeView>
{
    public ValueTask<SponsorProgrammeView> Handle(CreateSponsorProgramme command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sets up sponsor programmes.");
        var programme = SponsorProgramme.Create(command.ToDetails(), clock.GetUtcNow());
        programmes.Add(programme);
        return ValueTask.FromResult(SponsorProgrammeView.Of(programme));
    }
}
