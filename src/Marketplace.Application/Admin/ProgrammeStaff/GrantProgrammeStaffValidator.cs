using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Admin.ProgrammeStaff;

public sealed class GrantProgrammeStaffValidator : AbstractValidator<GrantProgrammeStaff>
{
    public GrantProgrammeStaffValidator() => RuleFor(c => c.Email).NotEmpty().MaximumLength(FieldLimits.EmailMaxLength).EmailAddress();
}
