using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors.Eligibility;

public sealed class MarkFamilyEligibleValidator : AbstractValidator<MarkFamilyEligible>
{
    public MarkFamilyEligibleValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).EmailAddress();
        RuleFor(c => c.EvidenceReference).NotEmpty().MaximumLength(FieldLimits.RegistrationNumberMaxLength).SingleLine();
    }
}
