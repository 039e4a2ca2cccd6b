using FluentValidation;
using Marketplace.Application.Listings;
using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;
using Mediator;

namespace Marketplace.Application.Search.Services;

/// <summary>Anyone looks for a daycare or a mobile clinic near a point.</summary>
public sealed record SearchServices(ServiceSearchQuery Query) : IQuery<ServiceSearchResult>;

public sealed class SearchServicesHandler(IServiceSearchIndex index, TimeProvider clock) : IQueryHandler<SearchServices, ServiceSearchResult>
{
    // Indonesia's westernmost zone: a stop is over only once its date has passed everywhere in the country.
    public async ValueTask<ServiceSearchResult> Handle(SearchServices query, CancellationToken cancellationToken) =>
        await index.SearchAsync(query.Query with { NotBefore = IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wib) }, cancellationToken);
}

public sealed class SearchServicesValidator : AbstractValidator<SearchServices>
{
    public SearchServicesValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(s => s.Query.Kind).Must(kind => kind is ListingKind.Daycare or ListingKind.MobileClinic)
            .WithMessage("Search kind daycare or mobileClinic.").OverridePropertyName("kind");
        RuleFor(s => s.Query).SetValidator(new SearchAreaValidator()).OverridePropertyName(string.Empty);
        RuleFor(s => s.Query.Date!.Value).MustBePlausible()
            .GreaterThanOrEqualTo(_ => IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wib))
            .WithMessage("Choose a date that has not passed.").OverridePropertyName("date").When(s => s.Query.Date is not null);
        RuleFor(s => s.Query.Date!.Value).WithinHorizon(policy, clock, IndonesianTimeZones.Wit).OverridePropertyName("date")
            .When(s => s.Query.Date is not null);
        RuleFor(s => s.Query.Needs).HoldsAtMost(FieldLimits.MaxTermsPerProfile).OverridePropertyName("needs");
        RuleForEach(s => s.Query.Needs).Must(Needs.All.Contains)
            .WithMessage("'{PropertyValue}' is not a known need; see /api/v1/needs.").OverridePropertyName("needs");
    }
}
