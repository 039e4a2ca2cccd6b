using Marketplace.Application.Bookings;
using Marketplace.Application.Families;
using Marketplace.Application.Reports.RegionalReport;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.Infrastructure.Reports;

/// <summary>
/// One piece of care delivered, as the report counts it: a home visit checked out of, or a daycare day or clinic slot of a
/// booking confirmed at some point that ended uncancelled (the rule of <see cref="Booking.CareGivenUntil"/>, in SQL).
/// </summary>
internal sealed class DeliveredCare
{
    public BookingKind Kind { get; init; }

    public Guid FamilyId { get; init; }

    public Guid RecipientId { get; init; }

    public RecipientKind? RecipientKind { get; init; }

    public Guid? CaregiverId { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public int LengthMinutes { get; init; }

    /// <summary>
    /// The care delivered to people of the scope's areas (<see cref="ReportScope.AreaCodes"/>) that started in its period, as
    /// a query of the visits alone: each visit carries what the figures need of its booking (kind, family, the person's kind,
    /// whether it was confirmed), and one index holds all of it, so the database reads only the entries of the area and period.
    /// </summary>
    public static IQueryable<DeliveredCare> In(MarketplaceDbContext db, ReportScope scope) =>
        db.Set<BookingVisit>()
            .Where(visit => scope.AreaCodes.Contains(visit.RecipientAreaCode)
                && visit.StartsAt >= scope.Since && visit.StartsAt < scope.Until)
            .Where(visit => (visit.Kind == BookingKind.HomeCare && visit.Status == VisitStatus.Completed)
                || (visit.Kind != BookingKind.HomeCare && visit.Status == VisitStatus.Scheduled && visit.EndsAt <= scope.Now && visit.BookingWasConfirmed))
            .Select(visit => new DeliveredCare
            {
                Kind = visit.Kind,
                FamilyId = visit.FamilyId,
                RecipientId = visit.RecipientId,
                RecipientKind = visit.RecipientKind,
                CaregiverId = visit.CaregiverId,
                StartsAt = visit.StartsAt,
                LengthMinutes = visit.LengthMinutes,
            });
}
