using FluentValidation;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Accounts.PasswordReset;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).SingleLine();
        RuleFor(c => c.Token).NotEmpty().MaximumLength(FieldLimits.AccountTokenMaxLength).SingleLine();
        RuleFor(c => c.NewPassword).NotEmpty()
            .MinimumLength(FieldLimits.PasswordMinLength)
            .MaximumLength(FieldLimits.PasswordMaxLength)
            .Must((command, password) => !GuessablePasswords.IsGuessable(password, command.Email))
            .WithMessage(GuessablePasswords.Advice);
    }
}
