using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;
using Marketplace.Web.Requests;

namespace Marketplace.Web.Api;

/// <summary>The query string of a services search, as sent.</summary>
public sealed class ServiceSearchParameters
{
    /// <summary><c>daycare</c> or <c>mobileClinic</c>.</summary>
    public string? Kind { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public int RadiusKm { get; set; } = 25;

    public string? Needs { get; set; }

    public DateOnly? Date { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 20;

    // A missing point or an unknown kind become values the use case refuses with a message naming the field.
    public ServiceSearchQuery ToQuery() => new(
        NamedEnums.TryParse<ListingKind>(Kind, out var kind) ? kind : (ListingKind)(-1),
        Lat ?? double.NaN, Lon ?? double.NaN, RadiusKm, QueryLists.Split(Needs), Date, Page, PageSize);
}
