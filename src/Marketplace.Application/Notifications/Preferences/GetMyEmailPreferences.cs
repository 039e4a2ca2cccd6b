using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Preferences;

/// <summary>Which optional emails the signed-in person gets.</summary>
public sealed record GetMyEmailPreferences : IQuery<EmailPreferences>;

public sealed class GetMyEmailPreferencesHandler(ICurrentUser currentUser, IEmailPreferences preferences) : IQueryHandler<GetMyEmailPreferences, EmailPreferences>
{
    public async ValueTask<EmailPreferences> Handle(GetMyEmailPreferences query, CancellationToken cancellationToken) =>
        await preferences.FindAsync(currentUser.RequireUserId(), cancellationToken) ?? throw new NotFoundException("Account", currentUser.RequireUserId());
}
