using System.Net;
using System.Net.Sockets;

namespace Marketplace.Web.Security;

/// <summary>
/// The client a rate limit counts against: its IP address as the forwarded-headers middleware left it, or for
/// IPv6 its /64 network, since one home or phone is given a whole /64 and could otherwise take a new address
/// for every request.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => Network64(v6),
        var v4 => v4.ToString(),
    };

    private static string Network64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
