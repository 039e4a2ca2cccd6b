using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Listings;

/// <summary>Where and when an inclusive daycare takes children, how many, how old, and what it supports.</summary>
public sealed class DaycareDetails
{
    private readonly List<DayOfWeek> _openingDays = [];
    private readonly List<string> _supportedNeeds = [];
    private readonly List<string> _accessibilityFeatures = [];

    // EF Core sets Point (a complex property) after construction.
    private DaycareDetails(string addressLine, TimeOnly opens, TimeOnly closes, int placesPerDay, int minAgeYears, int maxAgeYears, Money pricePerDay)
    {
        AddressLine = addressLine;
        Opens = opens;
        Closes = closes;
        PlacesPerDay = placesPerDay;
        MinAgeYears = minAgeYears;
        MaxAgeYears = maxAgeYears;
        PricePerDay = pricePerDay;
        Point = null!;
    }

    public string AddressLine { get; private set; }

    public GeoPoint Point { get; private set; }

    public IReadOnlyList<DayOfWeek> OpeningDays => _openingDays;

    public TimeOnly Opens { get; private set; }

    public TimeOnly Closes { get; private set; }

    public int PlacesPerDay { get; private set; }

    public int MinAgeYears { get; private set; }

    public int MaxAgeYears { get; private set; }

    public IReadOnlyList<string> SupportedNeeds => _supportedNeeds;

    public IReadOnlyList<string> AccessibilityFeatures => _accessibilityFeatures;

    public Money PricePerDay { get; private set; }

    public static DaycareDetails Create(
        string addressLine, GeoPoint point, IEnumerable<DayOfWeek> openingDays, TimeOnly opens, TimeOnly closes,
        int placesPerDay, (int Min, int Max) ageYears, IEnumerable<string> supportedNeeds, IEnumerable<string> accessibilityFeatures, Money pricePerDay)
    {
        if (closes <= opens || ageYears.Max < ageYears.Min || placesPerDay < 1 || pricePerDay <= Money.Zero)
        {
            throw new BusinessRuleException("Daycare hours, ages, places and price must be coherent.");
        }

        var details = new DaycareDetails(addressLine, opens, closes, placesPerDay, ageYears.Min, ageYears.Max, pricePerDay) { Point = point };
        details._openingDays.AddRange(openingDays.Distinct().Order());
        details._supportedNeeds.AddRange(supportedNeeds.Distinct(StringComparer.Ordinal));
        details._accessibilityFeatures.AddRange(accessibilityFeatures.Distinct(StringComparer.Ordinal));
        return details;
    }
}
