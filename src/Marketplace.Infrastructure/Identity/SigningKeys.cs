using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// Makes sure the data-protection key ring (the keys that seal sign-in cookies, tokens and antiforgery fields, in the
/// database) holds a key in force before an instance serves. Without one, instances starting together on a new database
/// would each make their own key at their first use, and a cookie sealed by one would be refused by the others (seen
/// with two instances behind nginx: a sign-in form served by one and posted to the other answered 400) until their key
/// rings were read again. The <c>migrate</c> command makes it, so instances started after it share one key; later keys
/// are made ahead of their activation by the framework itself, which every instance reads in time.
/// </summary>
public sealed class SigningKeys(IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock)
{
    /// <summary>Creates a key active now (for <see cref="KeyManagementOptions.NewKeyLifetime"/>, 90 days by default) unless one is.</summary>
    public void EnsureOneInForce()
    {
        var now = clock.GetUtcNow();
        if (!keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        }
    }
}
