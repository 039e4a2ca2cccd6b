using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.Families.Recipients;

/// <summary>What a family writes about a person it cares for, when adding them or changing them.</summary>
public interface IRecipientDetails
{
    string Name { get; }

    RecipientKind Kind { get; }

    int BirthYear { get; }

    AddressView Address { get; }

    IReadOnlyList<string>? Needs { get; }
}

/// <summary>The rules of <see cref="IRecipientDetails"/>, the same for a new person and a changed one.</summary>
public sealed class RecipientDetailsValidator : AbstractValidator<IRecipientDetails>
{
    public RecipientDetailsValidator(IAreaCatalog areas, TimeProvider clock)
    {
        // Read at each validation, never once here: the validator lives as long as the app.
        int ThisYear() => clock.GetUtcNow().Year;
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLimits.PersonNameMaxLength).SingleLine();
        RuleFor(c => c.Kind).IsDefined();
        RuleFor(c => c.BirthYear).Must(year => year >= ThisYear() - FieldLimits.MaxAgeYears && year <= ThisYear())
            .WithMessage("The birth year must be a real year, not in the future.");
        RuleFor(c => c.BirthYear).Must(year => year > ThisYear() - FieldLimits.AdultAgeYears)
            .WithMessage("A child is under 18; for an adult choose elder or person with a disability.").When(c => c.Kind == RecipientKind.Child);
        RuleFor(c => c.BirthYear).Must(year => year <= ThisYear() - FieldLimits.ElderAgeYears)
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
    }
}
