using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// A family removes one of its people with all it wrote about them (404 for anyone else's). Refused (409) while a
/// booking for them is not over; bookings that are over keep the name they were made with, and the access log keeps
/// who read the person's details, with the removal written to it.
/// </summary>
public sealed record RemoveMyRecipient(Guid Id) : ICommand<RemovedRecipient>;

/// <summary>Who was removed: <c>{id, name}</c>.</summary>
public sealed record RemovedRecipient(Guid Id, string Name);

public sealed class RemoveMyRecipientHandler(
    ICurrentUser currentUser, IFamilyRepository families, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : ICommandHandler<RemoveMyRecipient, RemovedRecipient>
{
    public async ValueTask<RemovedRecipient> Handle(RemoveMyRecipient command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has care recipients.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        // Someone else's person is a 404 before anything is asked about their bookings.
        family.Recipient(command.Id);
        var removed = family.RemoveRecipient(command.Id, await bookings.HasOpenBookingForRecipientAsync(command.Id, cancellationToken));
        await accessLog.RecordAsync(
            HealthDataReader.Of(currentUser), [new(removed.Id, HealthRecord.RecipientDetails, removed.Id, AccessPurpose.RecipientRemoved)], cancellationToken);
        return new RemovedRecipient(removed.Id, removed.Name);
    }
}
