using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search.Lucene;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The shared services behaviour on the embedded engine, in a folder of its own.</summary>
public sealed class LuceneServiceIndexBehaviour : ServiceIndexBehaviour, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peduli-lucene-services-").FullName;
    private LuceneServiceIndex? _index;

    public void Dispose()
    {
        _index?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    protected override Task<IServiceSearchIndex> CreateIndexAsync()
    {
        _index = new LuceneServiceIndex(_folder, TimeProvider.System, TimeSpan.FromSeconds(1));
        return Task.FromResult<IServiceSearchIndex>(_index);
    }

    /// <summary>Every write commits and refreshes before it returns.</summary>
    protected override Task SettleAsync() => Task.CompletedTask;
}
