using Mediator;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>Whether a change-of-address link would change the account's address now; reading it changes nothing (mail scanners open links).</summary>
public sealed record ReadEmailChangeLink(Guid UserId, string NewEmail, string Token) : IQuery<bool>;

public sealed class ReadEmailChangeLinkHandler(IIdentityService identity) : IQueryHandler<ReadEmailChangeLink, bool>
{
    public async ValueTask<bool> Handle(ReadEmailChangeLink query, CancellationToken cancellationToken) =>
        await identity.IsEmailChangeLinkAsync(query.UserId, AccountEmail.Normalize(query.NewEmail), query.Token, cancellationToken);
}
