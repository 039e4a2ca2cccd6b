using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;

namespace Marketplace.Web.Pages;

/// <summary>The services search page's filters; they travel in the query string, so a search can be shared.</summary>
public sealed class ServiceSearchForm
{
    public const int PageSize = 20;

    public ListingKind Kind { get; set; } = ListingKind.Daycare;

    public string? Place { get; set; }

    public int RadiusKm { get; set; } = 25;

    public List<string> Needs { get; set; } = [];

    public DateOnly? Date { get; set; }

    /// <summary>The query, or null when no place was chosen.</summary>
    /// <summary>The filter a refusal of the search is about (see <see cref="SearchForm.FieldOf"/>).</summary>
    public static string FieldOf(string property) => property switch
    {
        "" or "page" or "pageSize" => string.Empty,
        "Lat" or "Lon" => nameof(Place),
        _ when property.StartsWith("Query.", StringComparison.Ordinal) => FieldOf(property["Query.".Length..]),
        _ => char.ToUpperInvariant(property[0]) + property[1..],
    };

    public ServiceSearchQuery? ToQuery() => SearchPlace.Parse(Place) is { } point
        ? new ServiceSearchQuery(Kind, point.Lat, point.Lon, RadiusKm, Kind == ListingKind.Daycare ? Needs : [], Date, 1, PageSize)
        : null;
}
