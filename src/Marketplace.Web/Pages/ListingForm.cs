using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.Create;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Pages;

/// <summary>A new listing as typed on the page: the common fields, then those of its kind.</summary>
public sealed class ListingForm
{
    public ListingKind? Kind { get; set; }

    [Display(Name = "Field.ListingTitle")]
    public string? Title { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Field.ServiceArea")]
    public string? AreaCode { get; set; }

    [Display(Name = "Field.LateCancellationPercent")]
    public string? LateCancellationPercent { get; set; }

    [Display(Name = "Field.AddressLine")]
    public string? AddressLine { get; set; }

    [Display(Name = "Field.Lat")]
    public string? Lat { get; set; }

    [Display(Name = "Field.Lon")]
    public string? Lon { get; set; }

    public List<DayOfWeek> OpeningDays { get; set; } = [];

    [Display(Name = "Field.Opens")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Field.Closes")]
    public TimeOnly? Closes { get; set; }

    [Display(Name = "Field.PlacesPerDay")]
    public string? PlacesPerDay { get; set; }

    [Display(Name = "Field.MinAgeYears")]
    public string? MinAgeYears { get; set; }

    [Display(Name = "Field.MaxAgeYears")]
    public string? MaxAgeYears { get; set; }

    public List<string> SupportedNeeds { get; set; } = [];

    public List<string> AccessibilityFeatures { get; set; } = [];

    [Display(Name = "Field.PricePerDayIdr")]
    public string? PricePerDayIdr { get; set; }

    public List<string> Services { get; set; } = [];

    [Display(Name = "Field.PricePerVisitIdr")]
    public string? PricePerVisitIdr { get; set; }

    /// <summary>The command, or the fields whose numbers could not be read (see <see cref="FormNumbers"/>).</summary>
    public (CreateListing? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand(Guid enterpriseId)
    {
        var numbers = new FormNumbers();
        if (Kind == ListingKind.Daycare)
        {
            numbers.Require(Opens, nameof(Opens));
            numbers.Require(Closes, nameof(Closes));
        }

        var lateShare = numbers.Int(LateCancellationPercent, nameof(LateCancellationPercent));
        var daycare = Kind == ListingKind.Daycare
            ? new DaycareInput(
                AddressLine ?? "",
                new PointInput(numbers.Degrees(Lat, nameof(Lat)), numbers.Degrees(Lon, nameof(Lon))),
                OpeningDays,
                Opens ?? default,
                Closes ?? default,
                numbers.Int(PlacesPerDay, nameof(PlacesPerDay)),
                numbers.Int(MinAgeYears, nameof(MinAgeYears)),
                numbers.Int(MaxAgeYears, nameof(MaxAgeYears)),
                numbers.Whole(PricePerDayIdr, nameof(PricePerDayIdr)),
                SupportedNeeds,
                AccessibilityFeatures)
            : null;
        var clinic = Kind == ListingKind.MobileClinic ? new MobileClinicInput(Services, numbers.Whole(PricePerVisitIdr, nameof(PricePerVisitIdr))) : null;
        return numbers.Errors.Count > 0
            ? (null, numbers.Errors)
            : (new CreateListing(enterpriseId, Kind.GetValueOrDefault(), Title ?? "", Description, AreaCode ?? "", lateShare, daycare, clinic), numbers.Errors);
    }
}

/// <summary>A mobile-clinic stop as typed on the listing's page.</summary>
public sealed class StopForm
{
    [Display(Name = "Field.PlaceName")]
    public string? PlaceName { get; set; }

    [Display(Name = "Field.Lat")]
    public string? Lat { get; set; }

    [Display(Name = "Field.Lon")]
    public string? Lon { get; set; }

    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.From")]
    public TimeOnly? Start { get; set; }

    [Display(Name = "Field.Until")]
    public TimeOnly? End { get; set; }

    [Display(Name = "Field.SlotMinutes")]
    public string? SlotMinutes { get; set; }

    [Display(Name = "Field.CapacityPerSlot")]
    public string? CapacityPerSlot { get; set; }

    /// <summary>The form as a new stop starts: half-hour slots of four appointments.</summary>
    public static StopForm New() => new() { SlotMinutes = "30", CapacityPerSlot = "4" };
}
