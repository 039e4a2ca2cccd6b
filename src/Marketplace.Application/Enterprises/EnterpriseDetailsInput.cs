using Marketplace.Application.Common.Validation;
using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Enterprises;

/// <summary>What an enterprise says about itself, as registered and as edited.</summary>
public interface IEnterpriseDetailsInput
{
    string Name { get; }

    EnterpriseKind Kind { get; }

    string RegistrationNumber { get; }

    string AreaCode { get; }

    string? Description { get; }
}

public static class EnterpriseDetailsInput
{
    public static EnterpriseDetails ToDetails(this IEnterpriseDetailsInput input) => new(
        input.Name.Trim(), input.Kind, input.RegistrationNumber.Trim(), SharedKernel.AreaCode.Parse(input.AreaCode), input.Description?.Trim() ?? string.Empty);
}

public abstract class EnterpriseDetailsValidator<T> : AbstractValidator<T>
    where T : IEnterpriseDetailsInput
{
    protected EnterpriseDetailsValidator(IAreaCatalog areas)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLimits.OrganisationNameMaxLength).SingleLine();
        RuleFor(c => c.Kind).IsDefined();
        RuleFor(c => c.RegistrationNumber).NotEmpty().MaximumLength(FieldLimits.RegistrationNumberMaxLength);

        // An NIB is 13 digits; a social-affairs (LKS) registration reads like "466/12/Dinsos/2020". Either way
        // it holds digits, and nothing a verifier could not look up.
        RuleFor(c => c.RegistrationNumber).Matches(@"^(?=.*\d)[\p{L}\d][\p{L}\d ./\-]*$")
            .WithMessage("A registration number holds digits, letters and . / - only, such as NIB 9120001234567 or 466/12/Dinsos/2020.")
            .When(c => !string.IsNullOrWhiteSpace(c.RegistrationNumber));
        RuleFor(c => c.AreaCode).NotEmpty();
        RuleFor(c => c.AreaCode).MustBeServiceArea(areas).When(c => !string.IsNullOrEmpty(c.AreaCode));
        RuleFor(c => c.Description).MaximumLength(FieldLimits.DescriptionMaxLength);
    }
}
