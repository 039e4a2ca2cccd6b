namespace Marketplace.Application.Accounts;

/// <summary>The account store (ASP.NET Core Identity in Infrastructure) as the use cases need it.</summary>
public interface IIdentityService
{
    /// <summary>
    /// Creates the account with its role. Throws <see cref="Common.Errors.BusinessRuleException"/>
    /// when the email is taken and a validation error when the password is refused.
    /// </summary>
    Task<Guid> CreateUserAsync(NewAccount account, CancellationToken cancellationToken);

    Task<AccountIdentity?> FindAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string Password, string FullName, string? Phone, string Role);

public sealed record AccountIdentity(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles);
