using FluentValidation;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;
using Mediator;

namespace Marketplace.Application.Search;

/// <summary>Families (and anyone) search caregivers near a point. Only verified caregivers unless asked otherwise.</summary>
public sealed record SearchCaregivers(CaregiverSearchQuery Query) : IQuery<CaregiverSearchResult>
{
    public const int MaxTextLength = 200;
}

public sealed class SearchCaregiversHandler(ICaregiverSearchIndex index) : IQueryHandler<SearchCaregivers, CaregiverSearchResult>
{
    /// <summary>Distances are told to the half kilometre: enough to choose, too coarse to survey with.</summary>
    public const double DistanceStepKm = 0.5;

    public async ValueTask<CaregiverSearchResult> Handle(SearchCaregivers query, CancellationToken cancellationToken)
    {
        var found = await index.SearchAsync(query.Query, cancellationToken);
        return found with
        {
            Items = [.. found.Items.Select(hit => hit with { DistanceKm = Math.Round(hit.DistanceKm / DistanceStepKm, MidpointRounding.AwayFromZero) * DistanceStepKm })],
        };
    }
}

public sealed class SearchCaregiversValidator : AbstractValidator<SearchCaregivers>
{
    public SearchCaregiversValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(s => s.Query).SetValidator(new SearchAreaValidator()).OverridePropertyName(string.Empty);
        RuleFor(s => s.Query.Skills).HoldsAtMost(FieldLimits.MaxTermsPerProfile).OverridePropertyName("skills");
        RuleFor(s => s.Query.Languages).HoldsAtMost(FieldLimits.MaxTermsPerProfile).OverridePropertyName("languages");
        RuleForEach(s => s.Query.Skills).Must(Skills.All.Contains)
            .WithMessage("'{PropertyValue}' is not a known skill; see /api/v1/skills.").OverridePropertyName("skills");
        RuleForEach(s => s.Query.Languages).Must(Languages.All.Contains)
            .WithMessage("'{PropertyValue}' is not a known language; see /api/v1/languages.").OverridePropertyName("languages");
        RuleFor(s => s.Query.MaxRateIdr).InclusiveBetween(1, FieldLimits.MaxHourlyRateIdr).OverridePropertyName("maxRateIdr");
        RuleFor(s => s.Query.Sort).IsDefined().OverridePropertyName("sort");
        RuleFor(s => s.Query.Hours).NotNull().InclusiveBetween(1, 12).When(s => s.Query.AvailableAt is not null)
            .WithMessage("Give the visit's length in whole hours, 1 to 12.").OverridePropertyName("hours");
        RuleFor(s => s.Query.AvailableAt).NotNull().When(s => s.Query.Hours is not null)
            .WithMessage("Give the visit's start (availableAt) with its hours.").OverridePropertyName("availableAt");
        RuleFor(s => s.Query.AvailableAt!.Value).WithinHorizon(policy, clock).OverridePropertyName("availableAt")
            .When(s => s.Query.AvailableAt is not null);
        RuleFor(s => s.Query.Text).MaximumLength(SearchCaregivers.MaxTextLength).OverridePropertyName("q");
        RuleFor(s => s.Query.Text).Must(text => SearchText.IsWellFormed(text))
            .WithMessage("Search text may hold words and \"quoted phrases\" only; close every quote.").OverridePropertyName("q");
    }
}
