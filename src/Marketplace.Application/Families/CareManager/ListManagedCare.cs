using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.CareManager;

/// <summary>
/// A care manager's view: the families that chose them, and those families' bookings with their visit logs;
/// each booking shown with a visit log is written to the access log as the care manager's oversight.
/// </summary>
public sealed record ListManagedCare : IQuery<ManagedCare>;

public sealed record ManagedCare(IReadOnlyList<ManagedFamily> Families, IReadOnlyList<BookingView> Bookings);

/// <summary>A family that chose the care manager: its people's names (<paramref name="RecipientNames"/>, kept for older clients) and ids with names.</summary>
public sealed record ManagedFamily(Guid FamilyId, IReadOnlyList<string> RecipientNames, IReadOnlyList<ManagedRecipient> Recipients);

/// <summary>A person of a managed family; their care plan is at <c>/api/v1/recipients/{id}/care-plan</c>.</summary>
public sealed record ManagedRecipient(Guid Id, string Name);

public sealed class ListManagedCareHandler(
    ICurrentUser currentUser, IFamilyRepository families, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : IQueryHandler<ListManagedCare, ManagedCare>
{
    public const int Limit = 200;

    public async ValueTask<ManagedCare> Handle(ListManagedCare query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Caregiver, "Only a care manager oversees families.");
        var reader = HealthDataReader.Of(currentUser);
        var managed = await families.ListManagedByAsync(reader.UserId, cancellationToken);
        var found = managed.Count == 0 ? [] : await bookings.ListForFamiliesAsync([.. managed.Select(f => f.Id)], Limit, cancellationToken);
        await accessLog.RecordVisitLogReadsAsync(reader, found, _ => AccessPurpose.CareManagerOversight, cancellationToken);
        return new(
            [.. managed.Select(f => new ManagedFamily(f.Id, [.. f.Recipients.Select(r => r.Name)], [.. f.Recipients.Select(r => new ManagedRecipient(r.Id, r.Name))]))],
            [.. found.Select(b => BookingView.Of(b, reader.UserId))]);
    }
}
