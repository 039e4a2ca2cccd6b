using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Admin.DecideCaregiverVerification;

public sealed class DecideCaregiverVerificationValidator : AbstractValidator<DecideCaregiverVerification>
{
    public DecideCaregiverVerificationValidator()
    {
        RuleFor(c => c.Decision).NotEmpty()
            .Must(d => d is VerificationDecisions.Verified or VerificationDecisions.Rejected)
            .WithMessage($"'{{PropertyName}}' must be '{VerificationDecisions.Verified}' or '{VerificationDecisions.Rejected}'.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Decision == VerificationDecisions.Rejected)
            .WithMessage("Say why the caregiver is rejected, so they can fix it.");
        RuleFor(c => c.Reason).MaximumLength(FieldLimits.ReasonMaxLength);
    }
}
