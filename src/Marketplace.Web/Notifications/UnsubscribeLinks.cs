using System.Security.Cryptography;
using Marketplace.Application.Notifications.Preferences;
using Marketplace.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Notifications;

/// <summary>
/// Unsubscribe links as <c>/email/unsubscribe/{token}</c> on the public address. The token is the account id and the
/// kind, encrypted and signed by ASP.NET Core Data Protection (the key ring that also protects the sign-in cookie), so
/// it cannot be read, forged or altered. It does not expire: an email read months later still stops its kind.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider dataProtection, PublicAddress publicAddress) : IUnsubscribeLinks
{
    public const string Path = "/email/unsubscribe/";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Peduli.Notifications.Unsubscribe.v1");

    public Uri LinkFor(Guid userId, OptionalEmail kind)
    {
        var payload = new byte[17];
        userId.TryWriteBytes(payload);
        payload[16] = (byte)kind;
        return new Uri(publicAddress.Absolute(Path + WebEncoders.Base64UrlEncode(_protector.Protect(payload))));
    }

    public (Guid UserId, OptionalEmail Kind)? Read(string token)
    {
        try
        {
            var payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return payload.Length == 17 && Enum.IsDefined((OptionalEmail)payload[16])
                ? (new Guid(payload.AsSpan(0, 16)), (OptionalEmail)payload[16])
                : null;
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
