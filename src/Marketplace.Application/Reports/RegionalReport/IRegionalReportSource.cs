using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Reports.RegionalReport;

/// <summary>
/// The figures of a regional report, counted by the database in a few small queries (GROUP BY in SQL; no booking is
/// loaded), one per kind of row they count: care delivered by month, the people it reached, reviews, complaints, charges. Every method counts only care whose
/// <see cref="Bookings.BookingParties.RecipientAreaCode"/> is one of <see cref="ReportScope.AreaCodes"/>; the definitions are in
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

    /// <summary>Who the care delivered in the whole period reached: distinct families, people by kind and caregivers.</summary>
    Task<PeopleServed> PeopleServedAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Reviews not hidden, of bookings in the area, written in the period: their count and mean.</summary>
    Task<RatingSummary> RatingAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Complaints about bookings in the area, filed in the period, and how many of them were upheld (so far).</summary>
    Task<ComplaintCounts> ComplaintsAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Care charged in the ledger in the period (visits given, late cancellations), in all and the sponsors' part.</summary>
    Task<CareCharges> ChargesAsync(ReportScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// Where and when a report counts: care whose person lived in one of <paramref name="AreaCodes"/> (an area and every area
/// inside it), from <c>MonthStarts[0]</c> (inclusive) until <paramref name="Until"/> (exclusive), split at the start of each
/// later month (local midnights, as instants). Daycare days and clinic slots count as given once they ended by <paramref name="Now"/>.
/// </summary>
/// <param name="AreaCodes">
/// Listed rather than matched by prefix: a database finds each code's rows of the period by one seek of an index on (area
/// code, date), where a range of codes would read every row the area ever had (docs/benchmarks.md).
/// </param>
public sealed record ReportScope(IReadOnlyList<string> AreaCodes, IReadOnlyList<DateTimeOffset> MonthStarts, DateTimeOffset Until, DateTimeOffset Now)
{
    public DateTimeOffset Since => MonthStarts[0];
}

/// <summary>The care delivered in one month of a report's period; <paramref name="CareMinutes"/> are home visits' booked minutes.</summary>
/// <param name="Month">The month's index in <see cref="ReportScope.MonthStarts"/>.</param>
public sealed record MonthOfCare(int Month, int FamiliesServed, int HomeVisits, long CareMinutes, int DaycareDays, int ClinicAppointments);

/// <summary>
/// The distinct families with care delivered, the distinct people who received it by their kind as booked, and the
/// distinct caregivers who checked out of at least one home visit.
/// </summary>
public sealed record PeopleServed(int Families, RecipientsByKind Recipients, int CaregiversActive);

/// <summary>How many distinct people of each kind received care.</summary>
public sealed record RecipientsByKind(int Elder, int Disability, int Child)
{
    public int Total => Elder + Disability + Child;
}

/// <summary>What care was charged in whole Rupiah (the price of visits given and late-cancellation charges), and how much of it sponsor programmes owe.</summary>
public sealed record CareCharges(long ChargedIdr, long SponsoredIdr);

/// <summary>Complaints filed, and of them those an admin has upheld by the time the report is read.</summary>
public sealed record ComplaintCounts(int Filed, int Upheld);
