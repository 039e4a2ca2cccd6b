using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Accounts.ChangeEmail;

public sealed class ConfirmEmailChangeValidator : AbstractValidator<ConfirmEmailChange>
{
    public ConfirmEmailChangeValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.NewEmail).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).SingleLine();
        RuleFor(c => c.Token).NotEmpty().MaximumLength(FieldLimits.AccountTokenMaxLength).SingleLine();
    }
}
