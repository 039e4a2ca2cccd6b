using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users, MarketplaceDbContext db) : IIdentityService
{
    public async Task<SignUp> SignUpAsync(NewAccount account, CancellationToken cancellationToken)
    {
        await TakeAddressAsync(account.Email, cancellationToken);
        var existing = await users.FindByEmailAsync(account.Email);
        if (existing is null)
        {
            var created = await CreateAsync(account);
            return new SignUp(created.Id, AddressWasConfirmed: false, created.ConcurrencyStamp!);
        }

        await ThrowIfRefusedAsync(existing, account.Password);
        var hash = users.PasswordHasher.HashPassword(existing, account.Password);
        if (existing.EmailConfirmed)
        {
            // The hash is thrown away: it is made so that a taken address costs what a new one does.
            return new SignUp(existing.Id, AddressWasConfirmed: true, existing.ConcurrencyStamp!);
        }

        await ReplaceAsync(existing, account, hash);
        return new SignUp(existing.Id, AddressWasConfirmed: false, existing.ConcurrencyStamp!);
    }

    public async Task<string?> EmailConfirmationTokenAsync(Guid userId, string version, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { EmailConfirmed: false } user && user.ConcurrencyStamp == version
            ? await users.GenerateEmailConfirmationTokenAsync(user)
            : null;

    public async Task<ConfirmationLinkView?> ReadConfirmationLinkAsync(Guid userId, string token, CancellationToken cancellationToken) =>
        await LinkedAccountAsync(userId, token) is { } user
            ? new ConfirmationLinkView(await IdentityOfAsync(user), user.EmailConfirmed)
            : null;

    public async Task<AddressConfirmation> ConfirmEmailAsync(Guid userId, string token, string password, CancellationToken cancellationToken)
    {
        var user = await LinkedAccountAsync(userId, token);
        if (user is null)
        {
            return AddressConfirmation.InvalidLink;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            return AddressConfirmation.WrongPassword;
        }

        if (user.EmailConfirmed)
        {
            return AddressConfirmation.AlreadyConfirmed;
        }

        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (confirmed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Another request (a second tap of the button) confirmed it first; this one's transaction rolls back.
            throw new BusinessRuleException(AggregateVersions.ChangedMeanwhile);
        }

        return confirmed.Succeeded ? AddressConfirmation.Confirmed : AddressConfirmation.InvalidLink;
    }

    public async Task<AccountIdentity?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user ? await IdentityOfAsync(user) : null;

    public async Task<AccountIdentity?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { } user ? await IdentityOfAsync(user) : null;

    public async Task<string?> PasswordResetTokenAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { EmailConfirmed: true } user
            ? await users.GeneratePasswordResetTokenAsync(user)
            : null;

    public async Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not { EmailConfirmed: true }
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token))
        {
            return false;
        }

        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            throw new ValidationException(reset.Errors.Select(e => new ValidationFailure("NewPassword", e.Description)));
        }

        return true;
    }

    public async Task<AccountIdentity?> FindConfirmedByEmailAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { EmailConfirmed: true } user ? await IdentityOfAsync(user) : null;

    public async Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && await users.CheckPasswordAsync(user, password);

    public async Task<string> StartEmailChangeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("Account", userId);
        var request = Guid.NewGuid().ToString("N");
        ThrowIfFailed(await users.SetAuthenticationTokenAsync(user, EmailChangeTokenProvider.Store, EmailChangeTokenProvider.Request, request));
        return request;
    }

    public async Task<string?> EmailChangeTokenAsync(Guid userId, string newEmail, string requestId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user
            && await users.GetAuthenticationTokenAsync(user, EmailChangeTokenProvider.Store, EmailChangeTokenProvider.Request) == requestId
            ? await users.GenerateChangeEmailTokenAsync(user, newEmail)
            : null;

    public async Task<bool> IsEmailChangeLinkAsync(Guid userId, string newEmail, string token, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && await IsEmailChangeTokenAsync(user, newEmail, token);

    public async Task<bool> ChangeEmailAsync(Guid userId, string newEmail, string token, CancellationToken cancellationToken)
    {
        await TakeAddressAsync(newEmail, cancellationToken);
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || !await IsEmailChangeTokenAsync(user, newEmail, token))
        {
            return false;
        }

        if (await users.FindByEmailAsync(newEmail) is { } holder && holder.Id != user.Id)
        {
            if (holder.EmailConfirmed)
            {
                return false;
            }

            // Nobody's yet: a later sign-up of the address would replace it too. It owns nothing (profiles come with confirmation).
            ThrowIfFailed(await users.DeleteAsync(holder));
        }

        // Set only now that the token is known to be right: the request's transaction saves whatever is tracked. Identity
        // sets the address, keeps it confirmed and changes the security stamp, in one save with the user name.
        user.UserName = newEmail;
        var changed = await users.ChangeEmailAsync(user, newEmail, token);
        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Another request (a second tap of the button) changed it first; this one's transaction rolls back.
            throw new BusinessRuleException(AggregateVersions.ChangedMeanwhile);
        }

        ThrowIfFailed(changed);
        ThrowIfFailed(await users.RemoveAuthenticationTokenAsync(user, EmailChangeTokenProvider.Store, EmailChangeTokenProvider.Request));
        return true;
    }

    public async Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user && user.Language != language)
        {
            user.Language = language;
            ThrowIfFailed(await users.UpdateAsync(user));
        }
    }

    public async Task SetRoleAsync(Guid userId, string role, bool granted, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || await users.IsInRoleAsync(user, role) == granted)
        {
            return;
        }

        if (granted)
        {
            ThrowIfFailed(await users.AddToRoleAsync(user, role));
            return;
        }

        ThrowIfFailed(await users.RemoveFromRoleAsync(user, role));

        // Page sessions carry the roles they signed in with; a new stamp makes them sign in again.
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<IReadOnlyList<AccountIdentity>> ListInRoleAsync(string role, CancellationToken cancellationToken)
    {
        List<AccountIdentity> accounts = [];
        foreach (var user in await users.GetUsersInRoleAsync(role))
        {
            accounts.Add(await IdentityOfAsync(user));
        }

        return accounts;
    }

    private async Task<AccountIdentity> IdentityOfAsync(ApplicationUser user) =>
        new(user.Id, user.Email ?? string.Empty, user.FullName, [.. await users.GetRolesAsync(user)], user.Language, user.TimeZone);

    /// <summary>The account when <paramref name="token"/> is right for it; the token is checked before anything about the account is told.</summary>
    private async Task<ApplicationUser?> LinkedAccountAsync(Guid userId, string token) =>
        await users.FindByIdAsync(userId.ToString()) is { } user
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<ApplicationUser>.ConfirmEmailTokenPurpose, token)
            ? user
            : null;

    private Task<bool> IsEmailChangeTokenAsync(ApplicationUser user, string newEmail, string token) =>
        users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<ApplicationUser>.GetChangeEmailTokenPurpose(newEmail), token);

    private async Task<ApplicationUser> CreateAsync(NewAccount account)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            FullName = account.FullName,
            PhoneNumber = account.Phone,
            Language = account.Language,
        };

        ThrowIfFailed(await users.CreateAsync(user, account.Password));
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
        return user;
    }

    /// <summary>
    /// Sign-ups of one address, and changes of an account to it, take turns until their transaction ends, so the second of
    /// two at once finds the first's account and answers as for any taken address. Without the turn it met Identity's uniqueness check or the unique
    /// index (a 400 or 409 that told the address had been free). SQLite's writers take turns already (<see cref="WriteTurns"/>).
    /// </summary>
    private Task TakeAddressAsync(string email, CancellationToken cancellationToken) =>
        TransactionLocks.TakeAsync(db.Database, "sign-up:" + users.NormalizeEmail(email), cancellationToken);

    /// <summary>
    /// An unconfirmed account is nobody's yet (it cannot sign in), so a later sign-up takes its place whole. The new
    /// security stamp makes the links already sent useless: only the latest sign-up's link confirms, with its password.
    /// </summary>
    private async Task ReplaceAsync(ApplicationUser user, NewAccount account, string passwordHash)
    {
        user.PasswordHash = passwordHash;
        user.UserName = account.Email;
        user.Email = account.Email;
        user.FullName = account.FullName;
        user.PhoneNumber = account.Phone;
        user.Language = account.Language;
        var roles = await users.GetRolesAsync(user);
        if (!roles.SequenceEqual([account.Role]))
        {
            ThrowIfFailed(await users.RemoveFromRolesAsync(user, roles));
            ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
        }

        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Identity's own password rules, as <see cref="UserManager{TUser}.CreateAsync(TUser, string)"/> applies them to a new address.</summary>
    private async Task ThrowIfRefusedAsync(ApplicationUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            ThrowIfFailed(await validator.ValidateAsync(users, user, password));
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
        }
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewAccount.Password) : nameof(NewAccount.Email);
}
