using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// A family adds someone it cares for. <see cref="Consent"/> must be true: it records that the family
/// agreed, at this moment, to the current consent text for their health and disability data.
/// </summary>
public sealed record AddMyRecipient(string Name, RecipientKind Kind, int BirthYear, AddressView Address, bool Consent, IReadOnlyList<string>? Needs = null)
    : ICommand<RecipientView>, IRecipientDetails;

public sealed class AddMyRecipientHandler(ICurrentUser currentUser, IFamilyRepository families, TimeProvider clock)
    : ICommandHandler<AddMyRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(AddMyRecipient command, CancellationToken cancellationToken)
    {
        var family = await families.FindByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account has care recipients.");
        var recipient = family.AddRecipient(
            command.Name.Trim(), command.Kind, command.BirthYear, command.Needs ?? [], command.Address.ToAddress(),
            new Consent(clock.GetUtcNow(), Families.Consent.CurrentTextVersion));
        return RecipientView.Of(recipient);
    }
}
