using Marketplace.Application.Bookings;

namespace Marketplace.Application.CarePlans;

public interface ICarePlanRepository
{
    void Add(CarePlan plan);

    void Add(FamilyCareLog log);

    void Add(CareAlert alert);

    /// <summary>The person's plan; null when none was written.</summary>
    Task<CarePlan?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken);

    /// <summary>The family's logs of the person for local days <paramref name="first"/> to <paramref name="last"/> inclusive, in day then logging order.</summary>
    Task<IReadOnlyList<FamilyCareLog>> ListFamilyLogsAsync(Guid recipientId, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>The person's visits checked out in [<paramref name="after"/>, <paramref name="before"/>), with their logs, in the order they ended.</summary>
    Task<IReadOnlyList<LoggedVisit>> ListLoggedVisitsAsync(Guid recipientId, DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken);

    Task<CareAlert?> FindAlertAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The alerts of the families <paramref name="familyIds"/>, at most <paramref name="limit"/>: with
    /// <paramref name="status"/> only those; open before handled, the most urgent first, then the oldest raised.
    /// </summary>
    Task<IReadOnlyList<CareAlert>> ListAlertsAsync(IReadOnlyList<Guid> familyIds, CareAlertStatus? status, int limit, CancellationToken cancellationToken);
}

/// <summary>A visit given to the person: its booking, who gave it, when it ended and what its log says.</summary>
public sealed record LoggedVisit(Guid BookingId, Guid VisitId, string CaregiverName, DateTimeOffset CheckedOutAt, VisitLog Log);
