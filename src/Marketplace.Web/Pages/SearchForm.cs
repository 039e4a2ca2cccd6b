using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Requests;

namespace Marketplace.Web.Pages;

/// <summary>The search page's filters. They travel in the query string, so a search can be shared as a link.</summary>
public sealed class SearchForm
{
    public const int PageSize = 20;

    public string? Place { get; set; }

    public int RadiusKm { get; set; } = 10;

    public List<string> Skills { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string? MaxRateIdr { get; set; }

    public string? Q { get; set; }

    public string Sort { get; set; } = "distance";

    /// <summary>The day of the visit the caregiver must be free for (yyyy-MM-dd), in the first region's local time.</summary>
    public DateOnly? VisitDate { get; set; }

    public TimeOnly? VisitTime { get; set; }

    public int? VisitHours { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>
    /// The filter a refusal of the search is about, so the error summary links to it: the use case names its
    /// properties as the API does (<c>availableAt</c>, <c>q</c>); the area's point is the chosen place.
    /// </summary>
    public static string FieldOf(string property) => property switch
    {
        "" or "page" or "pageSize" => string.Empty,
        "availableAt" => nameof(VisitDate),
        "hours" => nameof(VisitHours),
        "Text" => nameof(Q),
        "Lat" or "Lon" => nameof(Place),
        _ when property.StartsWith("Query.", StringComparison.Ordinal) => FieldOf(property["Query.".Length..]),
        _ => char.ToUpperInvariant(property[0]) + property[1..],
    };

    /// <summary>The query, or the fields that could not be read.</summary>
    public (CaregiverSearchQuery? Query, IReadOnlyDictionary<string, string> Unreadable) ToQuery()
    {
        var numbers = new FormNumbers();
        long? maxRate = string.IsNullOrWhiteSpace(MaxRateIdr) ? null : numbers.Whole(MaxRateIdr, nameof(MaxRateIdr));
        var point = SearchPlace.Parse(Place);
        var unreadable = new Dictionary<string, string>(numbers.Errors);
        FormDates.Check(VisitDate, nameof(VisitDate), unreadable);
        if (point is null)
        {
            unreadable[nameof(Place)] = "Search.ChoosePlace";
        }

        if (!NamedEnums.TryParse<SearchSort>(Sort, out var sort))
        {
            unreadable[nameof(Sort)] = FormNumbers.NotAChoice;
        }

        return unreadable.Count > 0
            ? (null, unreadable)
            : (new CaregiverSearchQuery(
                point!.Value.Lat, point.Value.Lon, RadiusKm, Skills, Languages, maxRate, true,
                string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), sort, Page, PageSize, VisitStart(), VisitHours), unreadable);
    }

    // A date without a time means the morning: families think "free on Tuesday" before they pick an hour.
    private DateTimeOffset? VisitStart() => VisitDate is { } date
        ? IndonesianTimeZones.ToInstant(date, VisitTime ?? new TimeOnly(8, 0), IndonesianTimeZones.Wita)
        : null;
}
