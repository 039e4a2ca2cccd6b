using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Search;

/// <summary>What every search has: a point, a radius around it, and a page of the results.</summary>
public interface ISearchArea
{
    double Lat { get; }

    double Lon { get; }

    double RadiusKm { get; }

    int Page { get; }

    int PageSize { get; }
}

/// <summary>The rules of <see cref="ISearchArea"/>, named as the query string names them.</summary>
public sealed class SearchAreaValidator : AbstractValidator<ISearchArea>
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// How deep into the results a page may reach (page × page size), as Elasticsearch's default
    /// <c>index.max_result_window</c>; both engines keep the same limit so a link works on either.
    /// </summary>
    public const int MaxResultWindow = 10_000;

    public SearchAreaValidator()
    {
        RuleFor(s => s.Lat).InclusiveBetween(GeoPoint.MinLatitude, GeoPoint.MaxLatitude)
            .WithMessage("The point must be in Indonesia.").OverridePropertyName("lat");
        RuleFor(s => s.Lon).InclusiveBetween(GeoPoint.MinLongitude, GeoPoint.MaxLongitude)
            .WithMessage("The point must be in Indonesia.").OverridePropertyName("lon");
        RuleFor(s => s.RadiusKm).InclusiveBetween(FieldLimits.MinServiceRadiusKm, FieldLimits.MaxServiceRadiusKm)
            .OverridePropertyName("radiusKm");
        RuleFor(s => s.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(s => s.PageSize).InclusiveBetween(1, MaxPageSize).OverridePropertyName("pageSize");
        RuleFor(s => s.Page).Must((search, page) => (long)page * search.PageSize <= MaxResultWindow)
            .When(s => s.Page >= 1 && s.PageSize is >= 1 and <= MaxPageSize)
            .WithMessage("Results reach no further than the first 10,000; narrow the search to see more.")
            .OverridePropertyName("page");
    }
}
