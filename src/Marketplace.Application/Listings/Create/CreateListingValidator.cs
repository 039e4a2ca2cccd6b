using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Listings.Create;

public sealed class CreateListingValidator : AbstractValidator<CreateListing>
{
    public CreateListingValidator(IAreaCatalog areas)
    {
        RuleFor(c => c.Kind).IsDefined();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(FieldLimits.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(FieldLimits.DescriptionMaxLength);
        RuleFor(c => c.AreaCode).NotEmpty();
        RuleFor(c => c.AreaCode).MustBeServiceArea(areas).When(c => !string.IsNullOrEmpty(c.AreaCode));
        RuleFor(c => c.LateCancellationPercent).InclusiveBetween(0, 100);
        RuleFor(c => c.Daycare).NotNull().When(c => c.Kind == ListingKind.Daycare)
            .WithMessage("A daycare listing needs its daycare details.");
        RuleFor(c => c.Daycare!).SetValidator(new DaycareInputValidator()).When(c => c.Kind == ListingKind.Daycare && c.Daycare is not null);
        RuleFor(c => c.MobileClinic).NotNull().When(c => c.Kind == ListingKind.MobileClinic)
            .WithMessage("A mobile clinic listing needs its services and price.");
        RuleFor(c => c.MobileClinic!).SetValidator(new MobileClinicInputValidator())
            .When(c => c.Kind == ListingKind.MobileClinic && c.MobileClinic is not null);

        // Details of another kind would be dropped without a word; the sender meant something else.
        RuleFor(c => c.Daycare).Null().When(c => c.Kind != ListingKind.Daycare)
            .WithMessage("Daycare details belong only to a daycare listing; leave them out or choose kind daycare.");
        RuleFor(c => c.MobileClinic).Null().When(c => c.Kind != ListingKind.MobileClinic)
            .WithMessage("Mobile clinic details belong only to a mobile clinic listing; leave them out or choose kind mobileClinic.");
    }
}

public sealed class DaycareInputValidator : AbstractValidator<DaycareInput>
{
    public DaycareInputValidator()
    {
        RuleFor(d => d.AddressLine).NotEmpty().MaximumLength(FieldLimits.AddressLineMaxLength);
        RuleFor(d => d.Point).NotNull().SetValidator(new PointInputValidator("The daycare must be in Indonesia."));
        RuleFor(d => d.OpeningDays).NotEmpty().WithMessage("Choose the days the daycare is open.");
        RuleFor(d => d.OpeningDays).HoldsAtMost(7);
        RuleFor(d => d.SupportedNeeds).HoldsAtMost(FieldLimits.MaxTermsPerProfile);
        RuleFor(d => d.AccessibilityFeatures).HoldsAtMost(FieldLimits.MaxTermsPerProfile);
        RuleForEach(d => d.OpeningDays).IsDefined();
        RuleFor(d => d.Opens).InWholeMinutes();
        RuleFor(d => d.Closes).InWholeMinutes().GreaterThan(d => d.Opens).WithMessage("The daycare must close after it opens.");
        RuleFor(d => d.PlacesPerDay).InclusiveBetween(1, FieldLimits.MaxPlacesPerDay);
        RuleFor(d => d.MinAgeYears).InclusiveBetween(0, FieldLimits.MaxAgeYears);
        RuleFor(d => d.MaxAgeYears).InclusiveBetween(0, FieldLimits.MaxAgeYears)
            .GreaterThanOrEqualTo(d => d.MinAgeYears).WithMessage("The oldest age must not be below the youngest.");
        RuleForEach(d => d.SupportedNeeds).Must(Needs.All.Contains).WithMessage("'{PropertyValue}' is not a known need; see /api/v1/needs.");
        RuleForEach(d => d.AccessibilityFeatures).Must(AccessibilityFeatures.All.Contains)
            .WithMessage("'{PropertyValue}' is not a known accessibility feature; see /api/v1/accessibility-features.");
        RuleFor(d => d.PricePerDayIdr).InclusiveBetween(FieldLimits.MinDailyPriceIdr, FieldLimits.MaxDailyPriceIdr);
    }
}

public sealed class MobileClinicInputValidator : AbstractValidator<MobileClinicInput>
{
    public MobileClinicInputValidator()
    {
        RuleFor(m => m.Services).NotEmpty().WithMessage("Choose the services the clinic offers.");
        RuleFor(m => m.Services).HoldsAtMost(FieldLimits.MaxTermsPerProfile);
        RuleForEach(m => m.Services).Must(ClinicServices.All.Contains)
            .WithMessage("'{PropertyValue}' is not a known clinic service; see /api/v1/clinic-services.");
        RuleFor(m => m.PricePerVisitIdr).InclusiveBetween(0, FieldLimits.MaxDailyPriceIdr)
            .WithMessage("The price per visit must be between Rp 0 (free) and Rp 5.000.000.");
    }
}
