using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// Identity's sign-in, except that an address without an account costs as much as a wrong password: the
/// framework answers an unknown address at once, while a known one waits for the password hash (about 100 ms),
/// so the time of the answer told who has an account (OWASP ASVS 5.0 V6.3.8). An unknown address now checks
/// the password against a placeholder hash made by the same hasher with the same settings, and an account whose
/// address is unconfirmed against its own. Every sign-in by
/// password is logged, succeeded or not, with the account's id and never the address (V16.3.1), under this
/// class's own category: the framework's (<c>Microsoft.AspNetCore.*</c>) is filtered to warnings.
/// </summary>
public sealed partial class TimingSafeSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    PlaceholderPasswordHash placeholder,
    ILogger<TimingSafeSignInManager> audit)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly ApplicationUser Nobody = new();

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, placeholder.Value, password);
            LogNoAccount(audit);
            return SignInResult.Failed;
        }

        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.IsNotAllowed && user.PasswordHash is { } hash)
        {
            // Identity refuses an unconfirmed address before it checks the password; the check is made anyway so
            // the refusal costs as much as a wrong password's, and the caller answers it like one.
            UserManager.PasswordHasher.VerifyHashedPassword(user, hash, password);
        }

        LogSignIn(audit, user.Id, result.Succeeded ? "succeeded" : "failed");
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in by password {Outcome} for account {AccountId}")]
    private static partial void LogSignIn(ILogger logger, Guid accountId, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in by password failed: no account has the address given")]
    private static partial void LogNoAccount(ILogger logger);
}
