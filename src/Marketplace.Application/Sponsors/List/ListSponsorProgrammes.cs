using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Sponsors.List;

/// <summary>Every sponsor programme with its budget and what is left of it, the newest first (admins only).</summary>
public sealed record ListSponsorProgrammes : IQuery<IReadOnlyList<SponsorProgrammeView>>;

public sealed class ListSponsorProgrammesHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes)
    : IQueryHandler<ListSponsorProgrammes, IReadOnlyList<SponsorProgrammeView>>
{
    public async ValueTask<IReadOnlyList<SponsorProgrammeView>> Handle(ListSponsorProgrammes query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees the sponsor programmes.");
        return [.. (await programmes.ListAsync(cancellationToken)).Select(SponsorProgrammeView.Of)];
    }
}
