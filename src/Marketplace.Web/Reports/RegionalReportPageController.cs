using Marketplace.Application.Accounts;
using Marketplace.Application.Areas.NameAreas;
using Marketplace.Application.Reports.RegionalReport;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reports;

/// <summary>
/// The regional report as a page (figures, a bar chart of the months and the same numbers in tables) and as CSV, for admins
/// and programme staff. The area and period are chosen in a GET form, so the page's address is the report, ready to share.
/// </summary>
[Authorize(Roles = AccountRoles.ReportReaders)]
[Route("admin/reports/regions")]
public sealed class RegionalReportPageController(IMediator mediator) : Controller
{
    /// <summary>
    /// The report of <c>area</c> (by default the first region, South Sulawesi) from <c>from</c> to <c>to</c> (by default this
    /// month); an area or period that cannot be used shows the default one, and says so.
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? area, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (code, first, last) = Usable(area, from, to);
        ViewData["NotUsed"] = code != (area ?? FirstRegion.ProvinceCode) || ((from is not null || to is not null) && first is null);
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        ViewData["ProvinceName"] = (await mediator.Send(new NameAreas([FirstRegion.ProvinceCode]), cancellationToken)).Single().Name;
        return View(await mediator.Send(new GetRegionalReport(code, first, last), cancellationToken));
    }

    /// <summary>The report as CSV, for the area and period the page shows (the default ones when those asked for cannot be used).</summary>
    [HttpGet("{areaCode}.csv")]
    public async Task<IActionResult> Csv(string areaCode, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (code, first, last) = Usable(areaCode, from, to);
        return RegionalReportCsv.File(await mediator.Send(new GetRegionalReport(code, first, last), cancellationToken));
    }

    private static (string Area, DateOnly? From, DateOnly? To) Usable(string? area, DateOnly? from, DateOnly? to)
    {
        var code = AreaCode.IsWellFormed(area) ? area! : FirstRegion.ProvinceCode;
        return from is { } first && to is { } last && PlausibleDates.IsPlausible(first) && PlausibleDates.IsPlausible(last) && ReportPeriod.IsReportable(first, last)
            ? (code, first, last)
            : (code, null, null);
    }
}
