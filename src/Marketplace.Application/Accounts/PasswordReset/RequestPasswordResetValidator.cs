using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Accounts.PasswordReset;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(c => c.Email).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).SingleLine();
}
