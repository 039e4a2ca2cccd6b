using Marketplace.Application.Accounts;
using Marketplace.Application.Areas;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Reports.RegionalReport;

/// <summary>
/// The regional report of the area <see cref="AreaCode"/> (73, 73.71 or 73.71.10) from <see cref="From"/> to <see cref="To"/>
/// (local dates in the area's zone, inclusive; by default this month up to today), for admins and programme staff.
/// 400 for a malformed code or period, 404 for a code no area has.
/// </summary>
public sealed record GetRegionalReport(string AreaCode, DateOnly? From, DateOnly? To) : IQuery<RegionalReport>;

public sealed class GetRegionalReportHandler(ICurrentUser currentUser, IAreaCatalog areas, IRegionalReportSource source, TimeProvider clock)
    : IQueryHandler<GetRegionalReport, RegionalReport>
{
    public async ValueTask<RegionalReport> Handle(GetRegionalReport query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(AccountRoles.Admin) && !currentUser.IsInRole(AccountRoles.Programme))
        {
            throw new ForbiddenException("Only admins and programme staff read regional reports.");
        }

        var area = areas.Find(query.AreaCode) ?? throw new NotFoundException("Area", query.AreaCode);
        var zone = IndonesianTimeZones.ForArea(area.Code);
        var now = clock.GetUtcNow();
        var (from, to) = ReportPeriod.Resolve(query.From, query.To, IndonesianTimeZones.LocalDate(now, zone));
        var months = ReportPeriod.Months(from, to);
        var scope = new ReportScope(
            [.. areas.CodesWithin(area.Code).Select(code => code.Value)], [.. months.Select((month, i) => IndonesianTimeZones.ToInstant(i == 0 ? from : month, TimeOnly.MinValue, zone))],
            IndonesianTimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone), now);

        // One query at a time: the source shares the request's database connection.
        var byMonth = (await source.CareByMonthAsync(scope, cancellationToken)).ToDictionary(m => m.Month);
        var served = await source.PeopleServedAsync(scope, cancellationToken);
        var rating = await source.RatingAsync(scope, cancellationToken);
        var complaints = await source.ComplaintsAsync(scope, cancellationToken);
        var charges = await source.ChargesAsync(scope, cancellationToken);
        List<RegionalReportMonth> monthly = [.. months.Select((month, i) => byMonth.GetValueOrDefault(i) is { } care
            ? new RegionalReportMonth(month, care.FamiliesServed, care.HomeVisits, Hours(care.CareMinutes), care.DaycareDays, care.ClinicAppointments)
            : new RegionalReportMonth(month, 0, 0, 0, 0, 0))];
        return new RegionalReport(
            area.Code.Value, area.Name, area.Code.Level, from, to, zone, served.Families, served.Recipients, monthly.Sum(m => m.HomeVisits),
            Hours(byMonth.Values.Sum(m => m.CareMinutes)), monthly.Sum(m => m.DaycareDays), monthly.Sum(m => m.ClinicAppointments), served.CaregiversActive,
            rating.Count, rating.Mean is { } mean ? Math.Round(mean, 2) : null, complaints.Filed, complaints.Upheld, charges.ChargedIdr, charges.SponsoredIdr, monthly);
    }

    /// <summary>Minutes as hours, to two decimals (home visits are booked in whole hours, so these are whole in practice).</summary>
    private static decimal Hours(long minutes) => Math.Round(minutes / 60m, 2);
}
