using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// The app configured as a deployment is: served at <see cref="PublicUrl"/> over HTTPS, behind a proxy at
/// <see cref="KnownProxy"/> or in <see cref="KnownNetwork"/>. Its clients speak https to it unless a test says otherwise.
/// </summary>
public sealed class PublicSiteFactory : MarketplaceAppFactory
{
    public const string PublicUrl = "https://peduli.example";
    public const string KnownProxy = "192.0.2.10";
    public const string KnownNetwork = "198.51.100.0/24";

    public PublicSiteFactory()
        : base(TestDatabase.Sqlite()) => ClientOptions.BaseAddress = new Uri("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicUrl", PublicUrl);
        builder.UseSetting("AllowedHosts", "peduli.example;localhost");
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", KnownProxy);
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", KnownNetwork);
    }
}
