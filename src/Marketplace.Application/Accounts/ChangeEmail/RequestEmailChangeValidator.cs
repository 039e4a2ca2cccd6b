using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Accounts.ChangeEmail;

public sealed class RequestEmailChangeValidator : AbstractValidator<RequestEmailChange>
{
    public RequestEmailChangeValidator()
    {
        RuleFor(c => c.NewEmail).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).RoutableEmail();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(FieldLimits.PasswordMaxLength);
    }
}
