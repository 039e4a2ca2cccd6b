using Marketplace.Application.Common.Validation;
using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Caregivers.UpdateMyProfile;

public sealed class UpdateMyCaregiverProfileValidator : AbstractValidator<UpdateMyCaregiverProfile>
{
    public UpdateMyCaregiverProfileValidator(IAreaCatalog areas)
    {
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(FieldLimits.PersonNameMaxLength).SingleLine();
        RuleFor(c => c.Bio).MaximumLength(FieldLimits.BioMaxLength);
        RuleFor(c => c.Skills).NotEmpty().Must(s => s.Count <= FieldLimits.MaxTermsPerProfile)
            .WithMessage($"Choose at most {FieldLimits.MaxTermsPerProfile} skills.");
        RuleForEach(c => c.Skills).Must(Skills.All.Contains).WithMessage("'{PropertyValue}' is not a known skill; see /api/v1/skills.");
        RuleFor(c => c.Languages).NotEmpty().Must(l => l.Count <= FieldLimits.MaxTermsPerProfile)
            .WithMessage($"Choose at most {FieldLimits.MaxTermsPerProfile} languages.");
        RuleForEach(c => c.Languages).Must(Languages.All.Contains).WithMessage("'{PropertyValue}' is not a known language; see /api/v1/languages.");
        RuleFor(c => c.HourlyRateIdr).InclusiveBetween(FieldLimits.MinHourlyRateIdr, FieldLimits.MaxHourlyRateIdr);
        RuleFor(c => c.Home).NotNull().SetValidator(new PointInputValidator("The home point must be in Indonesia."));
        RuleFor(c => c.ServiceRadiusKm).InclusiveBetween(FieldLimits.MinServiceRadiusKm, FieldLimits.MaxServiceRadiusKm);
        RuleFor(c => c.AreaCodes).NotEmpty().Must(a => a.Count <= FieldLimits.MaxServedAreas)
            .WithMessage($"Choose at most {FieldLimits.MaxServedAreas} areas.");
        RuleForEach(c => c.AreaCodes).MustBeServiceArea(areas);
    }
}
