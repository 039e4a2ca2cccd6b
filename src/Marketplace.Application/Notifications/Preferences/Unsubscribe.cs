using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Notifications.Preferences;

/// <summary>
/// The one-click unsubscribe link of an optional email was followed (RFC 8058: a POST from the mail program, or the
/// page's button): that kind stops for the link's account. Doing it again changes nothing. Answers the kind stopped,
/// or null when the token is not a link the site made (or its account is gone).
/// </summary>
public sealed record Unsubscribe(string Token) : ICommand<OptionalEmail?>;

public sealed class UnsubscribeHandler(IUnsubscribeLinks links, IEmailPreferences preferences) : ICommandHandler<Unsubscribe, OptionalEmail?>
{
    public async ValueTask<OptionalEmail?> Handle(Unsubscribe command, CancellationToken cancellationToken) =>
        links.Read(command.Token) is (var userId, var kind) && await preferences.SetAsync(userId, kind, wanted: false, cancellationToken)
            ? kind
            : null;
}

/// <summary>What an unsubscribe link would stop, without stopping it (a mail scanner opening the link must change nothing): the kind, or null for a link the site did not make.</summary>
public sealed record ReadUnsubscribeLink(string Token) : IQuery<OptionalEmail?>;

public sealed class ReadUnsubscribeLinkHandler(IUnsubscribeLinks links, IEmailPreferences preferences) : IQueryHandler<ReadUnsubscribeLink, OptionalEmail?>
{
    public async ValueTask<OptionalEmail?> Handle(ReadUnsubscribeLink query, CancellationToken cancellationToken) =>
        links.Read(query.Token) is (var userId, var kind) && await preferences.FindAsync(userId, cancellationToken) is not null ? kind : null;
}

public sealed class UnsubscribeValidator : AbstractValidator<Unsubscribe>
{
    public UnsubscribeValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(FieldLimits.AccountTokenMaxLength).SingleLine();
}

public sealed class ReadUnsubscribeLinkValidator : AbstractValidator<ReadUnsubscribeLink>
{
    public ReadUnsubscribeLinkValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(FieldLimits.AccountTokenMaxLength).SingleLine();
}
