using System.Diagnostics.CodeAnalysis;
using Marketplace.Application.Bookings;
using Marketplace.Application.Families;
using Marketplace.Application.Reports.RegionalReport;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.Infrastructure.Reports;

/// <summary>
/// One piece of care delivered, as the report counts it: a home visit checked out of, or a daycare day or clinic slot of a
/// confirmed booking that ended uncancelled (the rule of <see cref="Booking.CareGivenUntil"/>, in SQL).
/// </summary>
[SuppressMessage("Globalization", "CA1309:Use ordinal string comparison", Justification = "Translated to SQL >= and <, which compare by the column's binary collation (AreaCodeOrder).")]
internal sealed class DeliveredCare
{
    public BookingKind Kind { get; init; }

    public Guid FamilyId { get; init; }

    public Guid RecipientId { get; init; }

    public RecipientKind? RecipientKind { get; init; }

    public Guid? CaregiverId { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public int LengthMinutes { get; init; }

    /// <summary>The care delivered to people of <see cref="ReportScope.Area"/> that started in the scope's period, as a query.</summary>
    public static IQueryable<DeliveredCare> In(MarketplaceDbContext db, ReportScope scope)
    {
        var (from, before) = scope.AreaCodeRange;
        return db.Bookings.SelectMany(booking => booking.Visits, (booking, visit) => new { booking, visit })
            .Where(care => string.Compare(care.visit.RecipientAreaCode, from) >= 0 && string.Compare(care.visit.RecipientAreaCode, before) < 0
                && care.visit.StartsAt >= scope.Since && care.visit.StartsAt < scope.Until)
            .Where(care => (care.booking.Kind == BookingKind.HomeCare && care.visit.Status == VisitStatus.Completed)
                || (care.booking.Kind != BookingKind.HomeCare && care.visit.Status == VisitStatus.Scheduled && care.visit.EndsAt <= scope.Now
                    && (care.booking.Status == BookingStatus.Confirmed || care.booking.Status == BookingStatus.InProgress
                        || care.booking.Status == BookingStatus.Completed
                        || (care.booking.Status == BookingStatus.Cancelled && care.booking.Payment != null))))
            .Select(care => new DeliveredCare
            {
                Kind = care.booking.Kind,
                FamilyId = care.booking.Parties.FamilyId,
                RecipientId = care.booking.Parties.RecipientId,
                RecipientKind = care.booking.Parties.RecipientKind,
                CaregiverId = care.visit.CaregiverId,
                StartsAt = care.visit.StartsAt,
                LengthMinutes = care.visit.LengthMinutes,
            });
    }
}
