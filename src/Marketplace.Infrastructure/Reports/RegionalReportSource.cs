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
/// the counts come back. Care, reviews, complaints and charges each carry their person's area code, so each query reads
/// one index of one table over the area's codes and the period (docs/reports.md, docs/benchmarks.md).
/// </summary>
[SuppressMessage("Globalization", "CA1310:Specify StringComparison for correctness", Justification = "Translated to SQL LIKE on account codes; no .NET culture applies.")]
internal sealed class RegionalReportSource(MarketplaceDbContext db) : IRegionalReportSource
{
    public async Task<IReadOnlyList<MonthOfCare>> CareByMonthAsync(ReportScope scope, CancellationToken cancellationToken) =>
        await DeliveredCare.In(db, scope)
            .GroupBy(CareMonth.Of(scope.MonthStarts))
            .Select(month => new MonthOfCare(
                month.Key,
                month.Select(care => care.FamilyId).Distinct().Count(),
                month.Count(care => care.Kind == BookingKind.HomeCare),
                month.Sum(care => care.Kind == BookingKind.HomeCare ? (long)care.LengthMinutes : 0L),
                month.Count(care => care.Kind == BookingKind.Daycare),
                month.Count(care => care.Kind == BookingKind.MobileClinic)))
            .ToListAsync(cancellationToken);

    public async Task<PeopleServed> PeopleServedAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        // COUNT(DISTINCT …) of the period's rows in one query. As DISTINCT subqueries (one per figure), SQLite read the
        // caregivers' figure through the caregivers' index, skipping over every caregiver's visits: 70 ms against 3 ms.
        var served = await DeliveredCare.In(db, scope)
            .GroupBy(care => 1)
            .Select(all => new PeopleServed(
                all.Select(care => care.FamilyId).Distinct().Count(),
                new RecipientsByKind(
                    all.Where(care => care.RecipientKind == RecipientKind.Elder).Select(care => care.RecipientId).Distinct().Count(),
                    all.Where(care => care.RecipientKind == RecipientKind.Disability).Select(care => care.RecipientId).Distinct().Count(),
                    all.Where(care => care.RecipientKind == RecipientKind.Child).Select(care => care.RecipientId).Distinct().Count()),
                all.Where(care => care.Kind == BookingKind.HomeCare && care.CaregiverId != null).Select(care => care.CaregiverId).Distinct().Count()))
            .FirstOrDefaultAsync(cancellationToken);
        return served ?? new PeopleServed(0, new RecipientsByKind(0, 0, 0), 0);
    }

    public async Task<RatingSummary> RatingAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var ratings = await db.Reviews
            .Where(review => scope.AreaCodes.Contains(review.RecipientAreaCode)
                && review.CreatedAt >= scope.Since && review.CreatedAt < scope.Until && review.HiddenAt == null)
            .GroupBy(review => 1)
            .Select(all => new { Count = all.Count(), Sum = all.Sum(review => review.Rating) })
            .FirstOrDefaultAsync(cancellationToken);
        return ratings is null ? RatingSummary.None : RatingSummary.Of(ratings.Count, ratings.Sum);
    }

    public async Task<ComplaintCounts> ComplaintsAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints
            .Where(complaint => scope.AreaCodes.Contains(complaint.RecipientAreaCode)
                && complaint.FiledAt >= scope.Since && complaint.FiledAt < scope.Until)
            .GroupBy(complaint => 1)
            .Select(all => new ComplaintCounts(all.Count(), all.Count(complaint => complaint.Outcome == ComplaintOutcome.Upheld)))
            .FirstOrDefaultAsync(cancellationToken);
        return complaints ?? new ComplaintCounts(0, 0);
    }

    public async Task<CareCharges> ChargesAsync(ReportScope scope, CancellationToken cancellationToken)
    {

        // A charge debits the family and, when a programme pays part, the programme's account ("sponsor:…"); the line that
        // moves the programme's reservation ("sponsor-budget:…") is not a charge.
        var charges = await db.LedgerEntries
            .Where(entry => scope.AreaCodes.Contains(entry.RecipientAreaCode)
                && entry.PostedAt >= scope.Since && entry.PostedAt < scope.Until
                && (entry.Kind == LedgerEntryKind.VisitCharge || entry.Kind == LedgerEntryKind.CancellationCharge)
                && (entry.DebitAccount.StartsWith(FamilyPrefix) || entry.DebitAccount.StartsWith(SponsorPrefix)))
            .GroupBy(entry => 1)
            .Select(all => new CareCharges(all.Sum(entry => entry.AmountIdr), all.Sum(entry => entry.DebitAccount.StartsWith(SponsorPrefix) ? entry.AmountIdr : 0L)))
            .FirstOrDefaultAsync(cancellationToken);
        return charges ?? new CareCharges(0, 0);
    }

    private static readonly string FamilyPrefix = LedgerAccount.Family(Guid.Empty)[..^Guid.Empty.ToString("D").Length];

    private static readonly string SponsorPrefix = LedgerAccount.Sponsor(Guid.Empty)[..^Guid.Empty.ToString("D").Length];
}
