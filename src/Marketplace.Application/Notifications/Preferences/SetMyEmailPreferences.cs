using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Preferences;

/// <summary>The signed-in person chooses which optional emails they get; both choices are required. Answers the choices saved.</summary>
public sealed record SetMyEmailPreferences(bool? Reminders, bool? VisitLogs) : ICommand<EmailPreferences>;

public sealed class SetMyEmailPreferencesValidator : AbstractValidator<SetMyEmailPreferences>
{
    public SetMyEmailPreferencesValidator()
    {
        RuleFor(c => c.Reminders).NotNull();
        RuleFor(c => c.VisitLogs).NotNull();
    }
}

public sealed class SetMyEmailPreferencesHandler(ICurrentUser currentUser, IEmailPreferences preferences) : ICommandHandler<SetMyEmailPreferences, EmailPreferences>
{
    public async ValueTask<EmailPreferences> Handle(SetMyEmailPreferences command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var chosen = new EmailPreferences(command.Reminders!.Value, command.VisitLogs!.Value);
        foreach (var kind in Enum.GetValues<OptionalEmail>())
        {
            if (!await preferences.SetAsync(userId, kind, chosen.Wants(kind), cancellationToken))
            {
                throw new NotFoundException("Account", userId);
            }
        }

        return chosen;
    }
}
