using Marketplace.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestSupport;

/// <summary>The infrastructure's services alone (no web host), on <paramref name="settings"/> and a data folder of their own: for tests of what configuration selects or refuses.</summary>
public static class InfrastructureServices
{
    public static ServiceProvider With(Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("peduli-services-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddInfrastructure(configuration, new DataPathOptions { Root = folder })
            .BuildServiceProvider();
    }
}
