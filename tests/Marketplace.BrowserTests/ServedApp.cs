using Marketplace.TestSupport;

namespace Marketplace.BrowserTests;

/// <summary>The app with its demo data, served on loopback once for all browser tests of a class.</summary>
public sealed class ServedApp() : MarketplaceAppFactory(TestDatabase.Sqlite(), demoData: true), IAsyncLifetime
{
    public Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Address = ServeOnLoopback();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
