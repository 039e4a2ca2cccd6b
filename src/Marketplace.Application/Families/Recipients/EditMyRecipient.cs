using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// A family changes what it wrote about one of its people (404 for anyone else's). <see cref="Consent"/> true gives
/// consent again after it was withdrawn, at this moment and to the current consent text; needs are refused (409)
/// while no consent stands. A consent that stands is kept as it was.
/// </summary>
public sealed record EditMyRecipient(
    Guid Id, string Name, RecipientKind Kind, int BirthYear, AddressView Address, bool Consent = false, IReadOnlyList<string>? Needs = null)
    : ICommand<RecipientView>, IRecipientDetails;

public sealed class EditMyRecipientHandler(ICurrentUser currentUser, IFamilyRepository families, TimeProvider clock)
    : ICommandHandler<EditMyRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(EditMyRecipient command, CancellationToken cancellationToken)
    {
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var renewed = command.Consent ? new Consent(clock.GetUtcNow(), Families.Consent.CurrentTextVersion) : null;
        var recipient = family.UpdateRecipient(
            command.Id, command.Name.Trim(), command.Kind, command.BirthYear, command.Needs ?? [], command.Address.ToAddress(), renewed);
        return RecipientView.Of(recipient);
    }
}
