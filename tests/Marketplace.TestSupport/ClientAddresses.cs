using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marketplace.TestSupport;

/// <summary>
/// Lets a test speak from several client addresses: the in-memory test server has none, so a request's
/// <c>X-Test-Client-Address</c> header becomes its remote address before anything else reads it. Only the
/// factories of tests about clients (rate limits) add it.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client of <paramref name="app"/> whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient From(MarketplaceAppFactory app, string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
