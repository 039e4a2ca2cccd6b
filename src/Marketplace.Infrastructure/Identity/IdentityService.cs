using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users) : IIdentityService
{
    public async Task<Guid> CreateUserAsync(NewAccount account, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            FullName = account.FullName,
            PhoneNumber = account.Phone,
        };

        var created = await users.CreateAsync(user, account.Password);
        ThrowIfFailed(created);
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
        return user.Id;
    }

    public async Task<AccountIdentity?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new AccountIdentity(user.Id, user.Email ?? string.Empty, user.FullName, [.. roles]);
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new BusinessRuleException("An account with this email already exists. Sign in, or reset the password.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewAccount.Password) : nameof(NewAccount.Email);
}
