using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Security;

/// <summary>
/// The hash of a random password, made once per app on first use with the app's own hasher settings, that a sign-in
/// to an unknown address is checked against (<see cref="TimingSafeSignInManager"/>): it costs what a real account's
/// hash costs. It is the app's, not the process's, so apps of different settings in one process (tests) keep their own.
/// </summary>
public sealed class PlaceholderPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<ApplicationUser>(options).HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public string Value => _hash.Value;
}
