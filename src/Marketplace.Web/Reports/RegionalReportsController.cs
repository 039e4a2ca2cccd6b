using Marketplace.Application.Accounts;
using Marketplace.Application.Reports.RegionalReport;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Reports;

/// <summary>The regional report for admins and programme staff (docs/reports.md defines every figure).</summary>
[ApiController]
[Tags(ApiTags.Administration)]
[Authorize(Roles = AccountRoles.ReportReaders)]
public sealed class RegionalReportsController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The care delivered to people living in the area <c>areaCode</c> (a province <c>73</c>, regency <c>73.71</c> or
    /// district <c>73.71.10</c>, with every area inside it) from <c>from</c> to <c>to</c> (local dates in the area's zone,
    /// inclusive; by default this month up to today; at most 366 days): families served, people by kind, home visits and
    /// their hours, daycare days, clinic appointments, caregivers active, the reviews' count and mean, complaints filed and upheld, and the care charged
    /// in whole Rupiah with the sponsors' part; <c>months</c> splits the care by calendar month. 400 for a malformed code or
    /// period, 404 for a code no area has.
    /// </summary>
    [HttpGet("api/v1/admin/reports/regions/{areaCode}")]
    [ProducesResponseType<RegionalReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<RegionalReport> Get(string areaCode, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await mediator.Send(new GetRegionalReport(areaCode, from, to), cancellationToken);
}
