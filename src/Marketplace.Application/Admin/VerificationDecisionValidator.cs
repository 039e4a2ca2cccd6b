using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Admin;

/// <summary>A verifier's decision on an applicant, caregiver or enterprise alike.</summary>
public interface IVerificationDecision
{
    string Decision { get; }

    string? Reason { get; }
}

/// <summary>The rules every verification decision follows: a known decision, and a reason to reject.</summary>
public abstract class VerificationDecisionValidator<T> : AbstractValidator<T>
    where T : IVerificationDecision
{
    protected VerificationDecisionValidator()
    {
        RuleFor(c => c.Decision).NotEmpty()
            .Must(d => d is VerificationDecisions.Verified or VerificationDecisions.Rejected)
            .WithMessage($"'{{PropertyName}}' must be '{VerificationDecisions.Verified}' or '{VerificationDecisions.Rejected}'.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Decision == VerificationDecisions.Rejected)
            .WithMessage("Say why the applicant is rejected, so they can fix it.");
        RuleFor(c => c.Reason).MaximumLength(FieldLimits.ReasonMaxLength);
    }
}
