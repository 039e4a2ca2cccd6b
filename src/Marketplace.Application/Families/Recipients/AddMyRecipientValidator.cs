using Marketplace.Application.Common.Validation;
using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Families.Recipients;

public sealed class AddMyRecipientValidator : AbstractValidator<AddMyRecipient>
{
    public AddMyRecipientValidator(IAreaCatalog areas, TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLimits.PersonNameMaxLength).SingleLine();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.BirthYear).InclusiveBetween(thisYear - FieldLimits.MaxAgeYears, thisYear)
            .WithMessage("The birth year must be a real year, not in the future.");
        RuleFor(c => c.BirthYear).GreaterThan(thisYear - FieldLimits.AdultAgeYears)
            .WithMessage("A child is under 18; for an adult choose elder or person with a disability.").When(c => c.Kind == RecipientKind.Child);
        RuleFor(c => c.BirthYear).LessThanOrEqualTo(thisYear - FieldLimits.ElderAgeYears)
            .WithMessage("An elder (lansia) is 60 or older; for someone younger choose person with a disability or child.")
            .When(c => c.Kind == RecipientKind.Elder);
        RuleFor(c => c.Needs).Must(n => n is null || n.Count <= FieldLimits.MaxTermsPerProfile)
            .WithMessage($"Choose at most {FieldLimits.MaxTermsPerProfile} needs.");
        RuleForEach(c => c.Needs).Must(Needs.All.Contains).WithMessage("'{PropertyValue}' is not a known need; see /api/v1/needs.");
        RuleFor(c => c.Address).NotNull();
        RuleFor(c => c.Address.AreaCode).Must(code => areas.Find(code) is { Code.Level: AreaLevel.District })
            .WithMessage("'{PropertyValue}' is not a district code such as 73.71.10.").When(c => c.Address is not null);
        RuleFor(c => c.Address.Line).NotEmpty().MaximumLength(FieldLimits.AddressLineMaxLength).When(c => c.Address is not null);
        RuleFor(c => new PointInput(c.Address.Lat, c.Address.Lon))
            .SetValidator(new PointInputValidator("The address must be in Indonesia.")).OverridePropertyName("Address")
            .When(c => c.Address is not null);
        RuleFor(c => c.Consent).Equal(true)
            .WithMessage("Consent is needed to keep health and disability details; tick the consent box.");
    }
}
