using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Listings.Create;

/// <summary>
/// An enterprise drafts a listing. The section for its kind is required (<c>daycare</c> or
/// <c>mobileClinic</c>); home care needs none, its caregivers are the enterprise's affiliates.
/// </summary>
public sealed record CreateListing(
    Guid EnterpriseId,
    ListingKind Kind,
    string Title,
    string? Description,
    string AreaCode,
    int? LateCancellationPercent,
    DaycareInput? Daycare,
    MobileClinicInput? MobileClinic) : ICommand<ListingView>
{
    /// <summary>Half the price for a cancellation less than 24 hours ahead, unless the listing says otherwise.</summary>
    public const int DefaultLateCancellationPercent = 50;
}

public sealed record DaycareInput(
    string AddressLine,
    PointInput Point,
    IReadOnlyList<DayOfWeek> OpeningDays,
    TimeOnly Opens,
    TimeOnly Closes,
    int PlacesPerDay,
    int MinAgeYears,
    int MaxAgeYears,
    long PricePerDayIdr,
    IReadOnlyList<string>? SupportedNeeds = null,
    IReadOnlyList<string>? AccessibilityFeatures = null);

public sealed record MobileClinicInput(IReadOnlyList<string> Services, long PricePerVisitIdr);

public sealed class CreateListingHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, IListingRepository listings, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<CreateListing, ListingView>
{
    public async ValueTask<ListingView> Handle(CreateListing command, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.GetOwnedAsync(command.EnterpriseId, currentUser, cancellationToken);
        var now = clock.GetUtcNow();
        var basics = new ListingBasics(
            command.Title.Trim(),
            command.Description?.Trim() ?? string.Empty,
            SharedKernel.AreaCode.Parse(command.AreaCode),
            command.LateCancellationPercent ?? CreateListing.DefaultLateCancellationPercent);
        var listing = command.Kind switch
        {
            ListingKind.Daycare => Listing.CreateDaycare(enterprise.Id, basics, ToDetails(command.Daycare!), now),
            ListingKind.MobileClinic => Listing.CreateMobileClinic(enterprise.Id, basics,
                MobileClinicDetails.Create(command.MobileClinic!.Services, Money.FromRupiah(command.MobileClinic.PricePerVisitIdr)), now),
            _ => Listing.CreateHomeCare(enterprise.Id, basics, now),
        };
        listings.Add(listing);
        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(enterprise.Id, cancellationToken));
    }

    private static DaycareDetails ToDetails(DaycareInput input) => DaycareDetails.Create(
        input.AddressLine.Trim(),
        GeoPoint.Create(input.Point.Lat, input.Point.Lon),
        input.OpeningDays,
        input.Opens,
        input.Closes,
        input.PlacesPerDay,
        (input.MinAgeYears, input.MaxAgeYears),
        input.SupportedNeeds ?? [],
        input.AccessibilityFeatures ?? [],
        Money.FromRupiah(input.PricePerDayIdr));
}
