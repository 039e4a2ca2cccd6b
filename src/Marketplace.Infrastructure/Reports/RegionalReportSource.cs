using System.Diagnostics.CodeAnalysis;
using Marketplace.Application.Bookings;
using Marketplace.Application.Complaints;
using Marketplace.Application.Families;
using Marketplace.Application.Payments;
using Marketplace.Application.Reports.RegionalReport;
using Marketplace.Application.Reviews;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Reports;

/// <summary>
/// The regional report's figures, each one aggregate query the database answers (GROUP BY, COUNT DISTINCT, SUM); only
/// the counts come back. The care of an area and period is found through the visits' (RecipientAreaCode, StartsAt) index.
/// </summary>
[SuppressMessage("Globalization", "CA1309:Use ordinal string comparison", Justification = "Translated to SQL >= and <, which compare by the column's binary collation (AreaCodeOrder).")]
[SuppressMessage("Globalization", "CA1310:Specify StringComparison for correctness", Justification = "Translated to SQL LIKE on account codes; no .NET culture applies.")]
internal sealed class RegionalReportSource(MarketplaceDbContext db) : IRegionalReportSource
{
    public async Task<IReadOnlyList<MonthOfCare>> CareByMonthAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var care = await DeliveredCare.In(db, scope)
            .GroupBy(CareMonth.Of(scope.MonthStarts))
            .Select(month => new
            {
                Month = month.Key,
                HomeVisits = month.Count(care => care.Kind == BookingKind.HomeCare),
                CareMinutes = month.Sum(care => care.Kind == BookingKind.HomeCare ? (long)care.LengthMinutes : 0L),
                DaycareDays = month.Count(care => care.Kind == BookingKind.Daycare),
                ClinicAppointments = month.Count(care => care.Kind == BookingKind.MobileClinic),
            })
            .ToListAsync(cancellationToken);

        // Distinct pairs first, then counted: a COUNT(DISTINCT) inside the grouping above is more than every provider translates.
        var families = await DeliveredCare.In(db, scope)
            .Select(CareMonth.WithFamily(scope.MonthStarts))
            .Distinct()
            .GroupBy(served => served.Month)
            .Select(month => new { Month = month.Key, Families = month.Count() })
            .ToDictionaryAsync(month => month.Month, month => month.Families, cancellationToken);
        return [.. care.Select(month => new MonthOfCare(
            month.Month, families.GetValueOrDefault(month.Month), month.HomeVisits, month.CareMinutes, month.DaycareDays, month.ClinicAppointments))];
    }

    public Task<int> FamiliesServedAsync(ReportScope scope, CancellationToken cancellationToken) =>
        DeliveredCare.In(db, scope).Select(care => care.FamilyId).Distinct().CountAsync(cancellationToken);

    public async Task<RecipientsByKind> RecipientsByKindAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var byKind = await DeliveredCare.In(db, scope)
            .Where(care => care.RecipientKind != null)
            .Select(care => new { care.RecipientKind, care.RecipientId })
            .Distinct()
            .GroupBy(person => person.RecipientKind)
            .Select(kind => new { Kind = kind.Key, People = kind.Count() })
            .ToDictionaryAsync(kind => kind.Kind!.Value, kind => kind.People, cancellationToken);
        return new RecipientsByKind(
            byKind.GetValueOrDefault(RecipientKind.Elder), byKind.GetValueOrDefault(RecipientKind.Disability), byKind.GetValueOrDefault(RecipientKind.Child));
    }

    public Task<int> CaregiversActiveAsync(ReportScope scope, CancellationToken cancellationToken) =>
        DeliveredCare.In(db, scope)
            .Where(care => care.Kind == BookingKind.HomeCare && care.CaregiverId != null)
            .Select(care => care.CaregiverId)
            .Distinct()
            .CountAsync(cancellationToken);

    public async Task<RatingSummary> RatingAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var (from, before) = scope.AreaCodeRange;
        var ratings = await db.Reviews
            .Where(review => review.HiddenAt == null && review.CreatedAt >= scope.Since && review.CreatedAt < scope.Until)
            .Join(db.Bookings, review => review.BookingId, booking => booking.Id, (review, booking) => new { review.Rating, booking.Parties.RecipientAreaCode })
            .Where(row => string.Compare(row.RecipientAreaCode + NotIndexed, from) >= 0 && string.Compare(row.RecipientAreaCode + NotIndexed, before) < 0)
            .GroupBy(row => 1)
            .Select(all => new { Count = all.Count(), Sum = all.Sum(row => row.Rating) })
            .FirstOrDefaultAsync(cancellationToken);
        return ratings is null ? RatingSummary.None : RatingSummary.Of(ratings.Count, ratings.Sum);
    }

    public async Task<ComplaintCounts> ComplaintsAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var (from, before) = scope.AreaCodeRange;
        var complaints = await db.Complaints
            .Where(complaint => complaint.FiledAt >= scope.Since && complaint.FiledAt < scope.Until)
            .Join(db.Bookings, complaint => complaint.BookingId, booking => booking.Id, (complaint, booking) => new { complaint.Outcome, booking.Parties.RecipientAreaCode })
            .Where(row => string.Compare(row.RecipientAreaCode, from) >= 0 && string.Compare(row.RecipientAreaCode, before) < 0)
            .GroupBy(row => 1)
            .Select(all => new ComplaintCounts(all.Count(), all.Count(row => row.Outcome == ComplaintOutcome.Upheld)))
            .FirstOrDefaultAsync(cancellationToken);
        return complaints ?? new ComplaintCounts(0, 0);
    }

    public async Task<CareCharges> ChargesAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var (from, before) = scope.AreaCodeRange;

        // A charge debits the family and, when a programme pays part, the programme's account ("sponsor:…"); the line that
        // moves the programme's reservation ("sponsor-budget:…") is not a charge.
        var charges = await db.LedgerEntries
            .Where(entry => (entry.Kind == LedgerEntryKind.VisitCharge || entry.Kind == LedgerEntryKind.CancellationCharge)
                && entry.PostedAt >= scope.Since && entry.PostedAt < scope.Until)
            .Join(db.Bookings, entry => entry.BookingId, booking => (Guid?)booking.Id, (entry, booking) => new { entry.DebitAccount, entry.AmountIdr, booking.Parties.RecipientAreaCode })
            .Where(row => string.Compare(row.RecipientAreaCode + NotIndexed, from) >= 0 && string.Compare(row.RecipientAreaCode + NotIndexed, before) < 0)
            .Where(row => row.DebitAccount.StartsWith(FamilyPrefix) || row.DebitAccount.StartsWith(SponsorPrefix))
            .GroupBy(row => 1)
            .Select(all => new CareCharges(all.Sum(row => row.AmountIdr), all.Sum(row => row.DebitAccount.StartsWith(SponsorPrefix) ? row.AmountIdr : 0L)))
            .FirstOrDefaultAsync(cancellationToken);
        return charges ?? new CareCharges(0, 0);
    }

    /// <summary>
    /// Appended to the bookings' area code where lines of a period (reviews, ledger lines) are joined to their bookings: an
    /// expression no index serves, so the database starts from the period's lines (their own date index) and looks each
    /// booking up by its key, instead of reading every line of every booking the area ever had (5 s against 0.4 s for a
    /// regency's month at a million bookings on SQLite, docs/benchmarks.md).
    /// </summary>
    private const string NotIndexed = "";

    private static readonly string FamilyPrefix = LedgerAccount.Family(Guid.Empty)[..^Guid.Empty.ToString("D").Length];

    private static readonly string SponsorPrefix = LedgerAccount.Sponsor(Guid.Empty)[..^Guid.Empty.ToString("D").Length];
}
