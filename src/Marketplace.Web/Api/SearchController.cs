using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;
using Marketplace.Web.Composition;
using Marketplace.Web.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Search)]
[Route("api/v1/search")]
[EnableRateLimiting(RateLimitSetup.Search)]
public sealed class SearchController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// Caregivers within <c>radiusKm</c> of <c>lat</c>,<c>lon</c>: <c>skills=a,b</c> (all required),
    /// <c>languages=a,b</c> (any), <c>maxRateIdr</c>, <c>verifiedOnly</c> (default true), <c>q</c> (words and
    /// "quoted phrases"), <c>availableAt</c> + <c>hours</c> (free for that visit), <c>sort=distance|relevance|rating|price</c>,
    /// <c>page</c>, <c>pageSize</c> (at most 100).
    /// </summary>
    [HttpGet("caregivers")]
    [ProducesResponseType<CaregiverSearchResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<CaregiverSearchResult> Caregivers([FromQuery] CaregiverSearchParameters parameters, CancellationToken cancellationToken) =>
        await mediator.Send(new SearchCaregivers(parameters.ToQuery()), cancellationToken);

    /// <summary>
    /// Daycares (<c>kind=daycare</c>) or mobile-clinic stops (<c>kind=mobileClinic</c>) within <c>radiusKm</c> of
    /// <c>lat</c>,<c>lon</c>, nearest first: <c>needs=a,b</c> (a daycare supports all), <c>date</c> (yyyy-MM-dd: the
    /// daycare is open that day, the clinic stops then), <c>page</c>, <c>pageSize</c> (at most 100).
    /// </summary>
    [HttpGet("services")]
    [ProducesResponseType<ServiceSearchResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ServiceSearchResult> Services([FromQuery] ServiceSearchParameters parameters, CancellationToken cancellationToken) =>
        await mediator.Send(new SearchServices(parameters.ToQuery()), cancellationToken);
}

/// <summary>The query string of a caregiver search, as sent.</summary>
public sealed class CaregiverSearchParameters
{
    [FromQuery(Name = "lat")]
    public double? Lat { get; set; }

    [FromQuery(Name = "lon")]
    public double? Lon { get; set; }

    [FromQuery(Name = "radiusKm")]
    public double RadiusKm { get; set; } = 10;

    [FromQuery(Name = "skills")]
    public string? Skills { get; set; }

    [FromQuery(Name = "languages")]
    public string? Languages { get; set; }

    [FromQuery(Name = "maxRateIdr")]
    public long? MaxRateIdr { get; set; }

    [FromQuery(Name = "verifiedOnly")]
    public bool VerifiedOnly { get; set; } = true;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary><c>distance</c> (the default), <c>relevance</c>, <c>rating</c> or <c>price</c>.</summary>
    [FromQuery(Name = "sort")]
    public SearchSort? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    [FromQuery(Name = "pageSize")]
    public int PageSize { get; set; } = 20;

    /// <summary>The start of the visit the caregiver must be free for, with its offset, e.g. 2026-12-01T09:00:00+08:00.</summary>
    [FromQuery(Name = "availableAt")]
    public DateTimeOffset? AvailableAt { get; set; }

    /// <summary>The visit's length in hours (1–12), with <see cref="AvailableAt"/>.</summary>
    [FromQuery(Name = "hours")]
    public int? Hours { get; set; }

    public CaregiverSearchQuery ToQuery() => new(
        // A missing point is not a point in Indonesia: NaN fails the range check with a clear message.
        Lat ?? double.NaN, Lon ?? double.NaN, RadiusKm, QueryLists.Split(Skills), QueryLists.Split(Languages), MaxRateIdr, VerifiedOnly, string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), Sort ?? SearchSort.Distance,
        Page, PageSize, AvailableAt, Hours);
}
