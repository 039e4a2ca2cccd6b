using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// A family withdraws its consent for one of its people's health and disability details (UU 27/2022): the details are
/// erased at once, from then on nobody but the family is shown the person (a caregiver or care manager asking gets
/// 404), and the withdrawal is written to the health-data access log. 409 when it was already withdrawn; consent is
/// given again by <see cref="EditMyRecipient"/>.
/// </summary>
public sealed record WithdrawMyRecipientConsent(Guid Id) : ICommand<RecipientView>;

public sealed class WithdrawMyRecipientConsentHandler(
    ICurrentUser currentUser, IFamilyRepository families, IRecipientAccessLog accessLog, TimeProvider clock)
    : ICommandHandler<WithdrawMyRecipientConsent, RecipientView>
{
    public async ValueTask<RecipientView> Handle(WithdrawMyRecipientConsent command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has care recipients.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var recipient = family.WithdrawConsent(command.Id, clock.GetUtcNow());

        // In the command's transaction: the withdrawal and its entry in the log are kept together or not at all.
        await accessLog.RecordAsync(
            HealthDataReader.Of(currentUser), [new(recipient.Id, HealthRecord.Consent, recipient.Id, AccessPurpose.ConsentWithdrawn)], cancellationToken);
        return RecipientView.Of(recipient);
    }
}
