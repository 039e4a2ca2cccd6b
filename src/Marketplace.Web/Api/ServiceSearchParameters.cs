using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;
using Marketplace.Web.Requests;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>The query string of a services search, as sent.</summary>
public sealed class ServiceSearchParameters
{
    /// <summary><c>daycare</c> or <c>mobileClinic</c>.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "lat")]
    public double? Lat { get; set; }

    [FromQuery(Name = "lon")]
    public double? Lon { get; set; }

    [FromQuery(Name = "radiusKm")]
    public int RadiusKm { get; set; } = 25;

    [FromQuery(Name = "needs")]
    public string? Needs { get; set; }

    [FromQuery(Name = "date")]
    public DateOnly? Date { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    [FromQuery(Name = "pageSize")]
    public int PageSize { get; set; } = 20;

    // A missing point or an unknown kind become values the use case refuses with a message naming the field.
    public ServiceSearchQuery ToQuery() => new(
        NamedEnums.TryParse<ListingKind>(Kind, out var kind) ? kind : (ListingKind)(-1),
        Lat ?? double.NaN, Lon ?? double.NaN, RadiusKm, QueryLists.Split(Needs), Date, Page, PageSize);
}
