using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Reports.RegionalReport;

/// <summary>
/// The figures of a regional report, each counted by the database in one small query (GROUP BY in SQL; no booking is
/// loaded), so a new figure is one more method. Every method counts only care whose
/// <see cref="Bookings.BookingParties.RecipientAreaCode"/> lies within <see cref="ReportScope.Area"/>; the definitions are in
/// docs/reports.md and on <see cref="RegionalReport"/>.
/// </summary>
public interface IRegionalReportSource
{
    /// <summary>
    /// Care delivered per month of the period (only months with any; <see cref="MonthOfCare.Month"/> indexes
    /// <see cref="ReportScope.MonthStarts"/>): home visits checked out and their booked minutes, daycare days and clinic
    /// appointments given, and the distinct families they served that month.
    /// </summary>
    Task<IReadOnlyList<MonthOfCare>> CareByMonthAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Distinct families with any care delivered in the whole period.</summary>
    Task<int> FamiliesServedAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Distinct people who received care delivered in the period, by their kind as booked.</summary>
    Task<RecipientsByKind> RecipientsByKindAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Distinct caregivers who checked out of at least one home visit in the period.</summary>
    Task<int> CaregiversActiveAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Reviews not hidden, of bookings in the area, written in the period: their count and mean.</summary>
    Task<RatingSummary> RatingAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Complaints about bookings in the area, filed in the period, and how many of them were upheld (so far).</summary>
    Task<ComplaintCounts> ComplaintsAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Care charged in the ledger in the period (visits given, late cancellations), in all and the sponsors' part.</summary>
    Task<CareCharges> ChargesAsync(ReportScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// Where and when a report counts: care whose person lived in <paramref name="Area"/> (or an area inside it), from
/// <c>MonthStarts[0]</c> (inclusive) until <paramref name="Until"/> (exclusive), split at the start of each later month
/// (local midnights, as instants). Daycare days and clinic slots count as given once they ended by <paramref name="Now"/>.
/// </summary>
public sealed record ReportScope(AreaCode Area, IReadOnlyList<DateTimeOffset> MonthStarts, DateTimeOffset Until, DateTimeOffset Now)
{
    public DateTimeOffset Since => MonthStarts[0];

    /// <summary>
    /// The area codes within <see cref="Area"/> as a range of ordinal (binary) string order: from its own code (inclusive) to
    /// its code followed by <c>/</c>, the character after the <c>.</c> that joins a code to its parts (exclusive). 73.71 holds
    /// 73.71 and 73.71.10, not 73.72; a database compares the column with these two values through its index.
    /// </summary>
    public (string From, string Before) AreaCodeRange => (Area.Value, Area.Value + "/");
}

/// <summary>The care delivered in one month of a report's period; <paramref name="CareMinutes"/> are home visits' booked minutes.</summary>
/// <param name="Month">The month's index in <see cref="ReportScope.MonthStarts"/>.</param>
public sealed record MonthOfCare(int Month, int FamiliesServed, int HomeVisits, long CareMinutes, int DaycareDays, int ClinicAppointments);

/// <summary>How many distinct people of each kind received care.</summary>
public sealed record RecipientsByKind(int Elder, int Disability, int Child)
{
    public int Total => Elder + Disability + Child;
}

/// <summary>What care was charged in whole Rupiah (the price of visits given and late-cancellation charges), and how much of it sponsor programmes owe.</summary>
public sealed record CareCharges(long ChargedIdr, long SponsoredIdr);

/// <summary>Complaints filed, and of them those an admin has upheld by the time the report is read.</summary>
public sealed record ComplaintCounts(int Filed, int Upheld);
