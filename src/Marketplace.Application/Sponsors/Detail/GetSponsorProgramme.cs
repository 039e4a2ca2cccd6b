using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Mediator;

namespace Marketplace.Application.Sponsors.Detail;

/// <summary>One programme with the families currently eligible for it and its budget as the ledger has it (admins only).</summary>
public sealed record GetSponsorProgramme(Guid Id) : IQuery<SponsorProgrammeDetailView>;

public sealed class GetSponsorProgrammeHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes, ILedger ledger)
    : IQueryHandler<GetSponsorProgramme, SponsorProgrammeDetailView>
{
    public async ValueTask<SponsorProgrammeDetailView> Handle(GetSponsorProgramme query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees the sponsor programmes.");
        var programme = await programmes.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("SponsorProgramme", query.Id);
        return new SponsorProgrammeDetailView(
            SponsorProgrammeView.Of(programme),
            await ledger.BalanceAsync(LedgerAccount.SponsorReserved(programme.Id), cancellationToken),
            await ledger.BalanceAsync(LedgerAccount.Sponsor(programme.Id), cancellationToken),
            await programmes.ListEligibleAsync(programme.Id, cancellationToken));
    }
}
