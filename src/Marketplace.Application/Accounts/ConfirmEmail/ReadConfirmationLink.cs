using Mediator;

namespace Marketplace.Application.Accounts.ConfirmEmail;

/// <summary>What a confirmation link is for (its account and whether it is confirmed), or null when the link does not confirm anything.</summary>
public sealed record ReadConfirmationLink(Guid UserId, string Token) : IQuery<ConfirmationLinkView?>;

public sealed class ReadConfirmationLinkHandler(IIdentityService identity) : IQueryHandler<ReadConfirmationLink, ConfirmationLinkView?>
{
    public async ValueTask<ConfirmationLinkView?> Handle(ReadConfirmationLink query, CancellationToken cancellationToken) =>
        await identity.ReadConfirmationLinkAsync(query.UserId, query.Token, cancellationToken);
}
