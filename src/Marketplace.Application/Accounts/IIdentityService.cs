namespace Marketplace.Application.Accounts;

/// <summary>The account store (ASP.NET Core Identity in Infrastructure) as the use cases need it.</summary>
public interface IIdentityService
{
    /// <summary>
    /// Signs <paramref name="account"/> up: a new address gets an unconfirmed account; an address whose account is
    /// still unconfirmed has it replaced (password, name, phone and role: whoever confirms the address keeps the latest
    /// sign-up); a confirmed address is left alone. Each way checks and hashes the password, so the three take the same
    /// time and a refused password is refused alike. Throws a validation error when the password is refused.
    /// </summary>
    Task<SignUp> SignUpAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// A token that confirms the address of <paramref name="userId"/>'s account as the sign-up of
    /// <paramref name="version"/> left it, or null when the account is confirmed already, gone, or signed up again since
    /// (the later sign-up's email carries the link). A later sign-up also makes tokens already made invalid.
    /// </summary>
    Task<string?> EmailConfirmationTokenAsync(Guid userId, string version, CancellationToken cancellationToken);

    /// <summary>
    /// The account <paramref name="token"/> confirms and whether it is confirmed already, or null when the token is not
    /// right for <paramref name="userId"/>'s account (wrong, expired, replaced by a later sign-up) or the account is gone.
    /// </summary>
    Task<ConfirmationLinkView?> ReadConfirmationLinkAsync(Guid userId, string token, CancellationToken cancellationToken);

    /// <summary>
    /// Confirms the address with <paramref name="token"/> and the <paramref name="password"/> chosen at sign-up (the token
    /// first, then the password); see <see cref="AddressConfirmation"/> for the outcomes. Throws
    /// <see cref="Common.Errors.BusinessRuleException"/> when another request confirmed it at the same moment.
    /// </summary>
    Task<AddressConfirmation> ConfirmEmailAsync(Guid userId, string token, string password, CancellationToken cancellationToken);

    Task<AccountIdentity?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The account registered with <paramref name="email"/> (compared as Identity normalises it), or null.</summary>
    Task<AccountIdentity?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// A token that lets whoever holds it choose a new password for <paramref name="userId"/>'s account (Identity's reset
    /// token: it stops working when the password or security stamp changes, and after a day), or null when the account is
    /// gone or its address was never confirmed.
    /// </summary>
    Task<string?> PasswordResetTokenAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the account of <paramref name="email"/> the password <paramref name="newPassword"/> when <paramref name="token"/>
    /// is a reset token made for it; false (and nothing changed) when there is no such account or the token is wrong, used
    /// or expired. Throws a validation error on <c>NewPassword</c> when Identity refuses the password. A reset ends every
    /// session and refresh token of the account (its security stamp changes).
    /// </summary>
    Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken);

    /// <summary>The account registered with <paramref name="email"/> whose address is confirmed, or null (none, or a sign-up nobody has confirmed yet).</summary>
    Task<AccountIdentity?> FindConfirmedByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="password"/> is the password of <paramref name="userId"/>'s account; false when the account is gone.</summary>
    Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Records a new request to change the address of <paramref name="userId"/>'s account and returns its id (opaque).
    /// Every change link made for an earlier request stops working, even one for the same address. Throws
    /// <see cref="Common.Errors.NotFoundException"/> when the account is gone.
    /// </summary>
    Task<string> StartEmailChangeAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// A token that changes the address of <paramref name="userId"/>'s account to <paramref name="newEmail"/> (Identity's
    /// change-email token: it works for a day, once, and only while <paramref name="requestId"/> is the account's latest
    /// change request), or null when a later request replaced that one, it was used, or the account is gone.
    /// </summary>
    Task<string?> EmailChangeTokenAsync(Guid userId, string newEmail, string requestId, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="token"/> would change the address of <paramref name="userId"/>'s account to <paramref name="newEmail"/> now; changes nothing.</summary>
    Task<bool> IsEmailChangeLinkAsync(Guid userId, string newEmail, string token, CancellationToken cancellationToken);

    /// <summary>
    /// Gives <paramref name="userId"/>'s account the address <paramref name="newEmail"/>, which is also its user name, with a
    /// token of <see cref="EmailChangeTokenAsync"/>. The address counts as confirmed (the token was mailed to it), and the
    /// account's security stamp changes, which ends its other sessions and every link sent before. An unconfirmed sign-up
    /// holding <paramref name="newEmail"/> is removed: it is nobody's yet, as a later sign-up would replace it. False, and
    /// nothing changed, when the account is gone, the token is wrong, used, replaced or expired, or a confirmed account has
    /// <paramref name="newEmail"/> since the request. Throws <see cref="Common.Errors.BusinessRuleException"/> when another
    /// request changed the account at the same moment.
    /// </summary>
    Task<bool> ChangeEmailAsync(Guid userId, string newEmail, string token, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="language"/> (one of <see cref="AccountLanguages.All"/>) the one the account's emails are written in; nothing when the account is gone.</summary>
    Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken);

    /// <summary>
    /// Gives <paramref name="role"/> (one of <see cref="AccountRoles.All"/>) to the account, or takes it back; nothing when it
    /// already is so. A role taken back also ends the account's page sessions, which carry the roles they signed in with.
    /// </summary>
    Task SetRoleAsync(Guid userId, string role, bool granted, CancellationToken cancellationToken);

    /// <summary>Every account holding <paramref name="role"/>.</summary>
    Task<IReadOnlyList<AccountIdentity>> ListInRoleAsync(string role, CancellationToken cancellationToken);
}

/// <param name="Language">The language its emails are written in, one of <see cref="AccountLanguages.All"/>.</param>
public sealed record NewAccount(string Email, string Password, string FullName, string? Phone, string Role, string Language);

/// <param name="Language">The language the account reads emails in, one of <see cref="AccountLanguages.All"/>.</param>
/// <param name="TimeZone">The IANA zone its emails write times in (<c>Asia/Makassar</c>, WITA, unless the account chose another).</param>
public sealed record AccountIdentity(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, string Language, string TimeZone);

/// <summary>
/// The account an address has after signing up, whether someone had confirmed the address before, and the account's
/// version after this sign-up (an opaque stamp that a later sign-up changes).
/// </summary>
public sealed record SignUp(Guid UserId, bool AddressWasConfirmed, string Version);

/// <summary>What a confirmation link did.</summary>
public enum AddressConfirmation
{
    /// <summary>The address is confirmed now; it was not before.</summary>
    Confirmed,

    /// <summary>The address was confirmed before; nothing changed.</summary>
    AlreadyConfirmed,

    /// <summary>The token is wrong, expired or replaced by a later sign-up, or the account is gone.</summary>
    InvalidLink,

    /// <summary>The token is right, the password is not the sign-up's; nothing changed.</summary>
    WrongPassword,
}

/// <summary>What a confirmation link is for: its account, and whether that account's address is confirmed already.</summary>
public sealed record ConfirmationLinkView(AccountIdentity Account, bool Confirmed);
