using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Accounts.Register;

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).RoutableEmail();
        RuleFor(c => c.Password).NotEmpty()
            .MinimumLength(FieldLimits.PasswordMinLength)
            .MaximumLength(FieldLimits.PasswordMaxLength)
            .Must((command, password) => !GuessablePasswords.IsGuessable(password, command.Email, command.FullName))
            .WithMessage(GuessablePasswords.Advice);
        RuleFor(c => c.Role).NotEmpty()
            .Must(role => AccountRoles.SelfService.Contains(role))
            .WithMessage($"'{{PropertyName}}' must be {AccountRoles.Family}, {AccountRoles.Caregiver} or {AccountRoles.Enterprise}.");
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(FieldLimits.PersonNameMaxLength).SingleLine();
        RuleFor(c => c.Phone).MaximumLength(FieldLimits.PhoneMaxLength)
            .Matches(@"^\+?[0-9][0-9 \-]{6,}$").WithMessage("'{PropertyName}' must be a phone number such as +62 811 4000 123.")
            .When(c => !string.IsNullOrEmpty(c.Phone));
        RuleFor(c => c.Language).Must(language => AccountLanguages.All.Contains(language!))
            .WithMessage("'{PropertyName}' must be id (Bahasa Indonesia) or en (English).")
            .When(c => c.Language is not null);
    }
}
