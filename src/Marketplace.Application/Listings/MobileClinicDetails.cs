using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Listings;

/// <summary>What a mobile clinic offers at every stop, and what one visit costs.</summary>
public sealed class MobileClinicDetails
{
    private readonly List<string> _services = [];

    private MobileClinicDetails(Money pricePerVisit) => PricePerVisit = pricePerVisit;

    public IReadOnlyList<string> Services => _services;

    public Money PricePerVisit { get; private set; }

    public static MobileClinicDetails Create(IEnumerable<string> services, Money pricePerVisit)
    {
        var details = new MobileClinicDetails(pricePerVisit);
        details._services.AddRange(services.Distinct(StringComparer.Ordinal));
        return details;
    }
}
