using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Accounts.ChooseLanguage;

/// <summary>Someone switched the site's language: when signed in, their emails are written in it from now on.</summary>
/// <param name="Language">One of <see cref="AccountLanguages.All"/>.</param>
public sealed record ChooseLanguage(string Language) : ICommand;

public sealed class ChooseLanguageHandler(ICurrentUser currentUser, IIdentityService identity) : ICommandHandler<ChooseLanguage>
{
    public async ValueTask<Unit> Handle(ChooseLanguage command, CancellationToken cancellationToken)
    {
        if (!AccountLanguages.All.Contains(command.Language))
        {
            throw new ArgumentOutOfRangeException(nameof(command), command.Language, "Not a language Peduli writes in.");
        }

        if (currentUser.UserId is { } userId)
        {
            await identity.SetLanguageAsync(userId, command.Language, cancellationToken);
        }

        return Unit.Value;
    }
}
