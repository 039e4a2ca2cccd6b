using Marketplace.Application.Search;
using Marketplace.Infrastructure.Search.Lucene;

namespace Marketplace.IntegrationTests.Search;

/// <summary>The shared behaviour on the embedded engine, in a folder of its own.</summary>
public sealed class LuceneCaregiverIndexBehaviour : CaregiverIndexBehaviour, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peduli-lucene-").FullName;
    private LuceneCaregiverIndex? _index;

    public void Dispose()
    {
        _index?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    protected override Task<ICaregiverSearchIndex> CreateIndexAsync()
    {
        _index = new LuceneCaregiverIndex(_folder, TimeProvider.System, TimeSpan.FromSeconds(1));
        return Task.FromResult<ICaregiverSearchIndex>(_index);
    }

    /// <summary>Every write commits and refreshes before it returns.</summary>
    protected override Task SettleAsync() => Task.CompletedTask;
}
